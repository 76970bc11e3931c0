package de.ratsanfragen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import de.ratsanfragen.inquiry.Contribution;
import de.ratsanfragen.inquiry.Contribution.Role;
import org.junit.jupiter.api.Test;

/** Who is asked again after an open item was routed anew: only a unit that has not given its part in this round in that role. */
class ItemRoundTest {

    private static final Instant ROUND = Instant.parse("2026-03-02T09:00:00Z");

    private static Contribution given(String unit, Role role, Instant at, boolean declined) {
        return new Contribution(unit, role, declined ? null : "Text von " + unit, declined, declined ? "Nicht zuständig." : null,
                unit.toLowerCase(), at);
    }

    @Test
    void aUnitThatGaveItsPartInThisRoundInThatRoleIsNotAskedAgain() {
        List<Contribution> written = List.of(
                given("A32", Role.CONTRIBUTION, ROUND.plusSeconds(60), false),
                given("D05", Role.COMMENT, ROUND.plusSeconds(120), false),
                given("A40", Role.CONTRIBUTION, ROUND.minusSeconds(3_600), false),
                given("A50", Role.CONTRIBUTION, ROUND.plusSeconds(30), true));

        assertThat(ItemRound.stillToAsk(List.of("A32", "A40", "A50", "A53"), Role.CONTRIBUTION, written, ROUND))
                .as("A32 gave it; A40 only in an earlier round; A50 declined; A53 never wrote").containsExactly("A40", "A50", "A53");
        assertThat(ItemRound.stillToAsk(List.of("D05", "A32"), Role.COMMENT, written, ROUND))
                .as("A32 is new as a consulted unit").containsExactly("A32");
        assertThat(ItemRound.stillToAsk(List.of("D05"), Role.CONTRIBUTION, written, ROUND)).as("D05 is new as a contributor")
                .containsExactly("D05");
    }
}
