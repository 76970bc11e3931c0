package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/**
 * The inquiry's moves as the service's users know them, written down here independently of the enums: every
 * move the lifecycle allows goes through, every other one is refused with a German 409 and changes nothing.
 */
class InquiryTransitionsTest {

    /** The lifecycle as the OB office describes it: which state may follow which. */
    private static final Map<InquiryState, Set<InquiryState>> LIFECYCLE = new EnumMap<>(Map.of(
            InquiryState.SUBMITTED, EnumSet.of(InquiryState.IN_TRIAGE, InquiryState.WITHDRAWN),
            InquiryState.IN_TRIAGE, EnumSet.of(InquiryState.IN_PROGRESS, InquiryState.WITHDRAWN),
            InquiryState.IN_PROGRESS, EnumSet.of(InquiryState.IN_SIGN_OFF, InquiryState.WITHDRAWN),
            InquiryState.IN_SIGN_OFF, EnumSet.of(InquiryState.IN_APPROVAL, InquiryState.IN_PROGRESS, InquiryState.WITHDRAWN),
            InquiryState.IN_APPROVAL, EnumSet.of(InquiryState.RELEASED, InquiryState.IN_PROGRESS, InquiryState.WITHDRAWN),
            InquiryState.RELEASED, EnumSet.noneOf(InquiryState.class),
            InquiryState.WITHDRAWN, EnumSet.noneOf(InquiryState.class)));

    private static final RoutingTag ROUTED = new RoutingTag("V: D01/ A11", List.of(new RoutingTag.Assignment("D01", List.of("A11"))),
            "A11", List.of(), List.of());

    /** A move of the inquiry, the state it leads to, and the states it starts from beyond what the lifecycle allows. */
    private record Move(String name, InquiryState target, Set<InquiryState> from, Consumer<Inquiry> apply) {

        boolean allowedFrom(InquiryState state) {
            return LIFECYCLE.get(state).contains(target) && (from == null || from.contains(state));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Move> MOVES = List.of(
            new Move("beginTriage", InquiryState.IN_TRIAGE, null, inquiry -> inquiry.beginTriage("OB")),
            new Move("startAnswering", InquiryState.IN_PROGRESS, EnumSet.of(InquiryState.IN_TRIAGE),
                    inquiry -> inquiry.startAnswering(LocalDate.of(2026, 12, 17))),
            new Move("beginSignOff", InquiryState.IN_SIGN_OFF, null, inquiry -> inquiry.beginSignOff(Map.of(1, List.of("D01")))),
            new Move("startRework", InquiryState.IN_PROGRESS, EnumSet.of(InquiryState.IN_SIGN_OFF, InquiryState.IN_APPROVAL),
                    Inquiry::startRework),
            new Move("beginApproval", InquiryState.IN_APPROVAL, null, inquiry -> inquiry.beginApproval("OB")),
            new Move("release", InquiryState.RELEASED, null, inquiry -> inquiry.release(Instant.parse("2026-12-10T10:00:00Z"))),
            new Move("withdraw", InquiryState.WITHDRAWN, null, Inquiry::withdraw));

    /** The state its item is in while the inquiry is in this one (as the process leaves it). */
    private static ItemState itemStateIn(InquiryState state) {
        return switch (state) {
            case SUBMITTED -> ItemState.NEW;
            case IN_TRIAGE -> ItemState.IN_TRIAGE;
            case IN_PROGRESS -> ItemState.ANSWERED;
            case IN_SIGN_OFF -> ItemState.IN_SIGN_OFF;
            case IN_APPROVAL -> ItemState.IN_APPROVAL;
            case RELEASED -> ItemState.RELEASED;
            case WITHDRAWN -> ItemState.WITHDRAWN;
        };
    }

    /** An inquiry with one routed item, answered once the inquiry was distributed; sent back when a rework is to start. */
    private static Inquiry inquiryIn(InquiryState state, boolean sentBack) {
        boolean returned = sentBack && (state == InquiryState.IN_SIGN_OFF || state == InquiryState.IN_APPROVAL);
        ItemState item = returned ? ItemState.RETURNED : itemStateIn(state);
        return new Inquiry(UUID.randomUUID(), "ANF-2026-0042", "GRUENE", state, LocalDate.of(2026, 12, 17), null,
                List.of(new TrackedItem(1, item, List.of(), ROUTED, returned, returned ? "D01: bitte ergänzen" : null, false,
                        state != InquiryState.SUBMITTED && state != InquiryState.IN_TRIAGE)));
    }

    static Stream<Arguments> everyMoveFromEveryState() {
        List<Arguments> cases = new ArrayList<>();
        for (InquiryState from : InquiryState.values()) {
            for (Move move : MOVES) {
                cases.add(Arguments.of(from, move));
            }
        }
        return cases.stream();
    }

    @Test
    void theEnumsAllowExactlyTheLifecycle() {
        for (InquiryState from : InquiryState.values()) {
            for (InquiryState to : InquiryState.values()) {
                assertThat(from.canTransitionTo(to)).as(from + " → " + to).isEqualTo(LIFECYCLE.get(from).contains(to));
            }
        }
        assertThat(InquiryState.RELEASED.isFinal()).isTrue();
        assertThat(InquiryState.WITHDRAWN.isFinal()).isTrue();
        assertThat(InquiryState.OPEN).containsExactly(InquiryState.IN_TRIAGE, InquiryState.IN_PROGRESS, InquiryState.IN_SIGN_OFF,
                InquiryState.IN_APPROVAL);
    }

    @ParameterizedTest(name = "{1} aus {0}")
    @MethodSource("everyMoveFromEveryState")
    void aMoveTheLifecycleAllowsGoesThroughAnyOtherIsRefusedAndChangesNothing(InquiryState from, Move move) {
        Inquiry inquiry = inquiryIn(from, move.name().equals("startRework"));
        ItemState itemBefore = inquiry.items().iterator().next().state();
        if (move.allowedFrom(from)) {
            move.apply().accept(inquiry);
            assertThat(inquiry.state()).isEqualTo(move.target());
            assertThat(inquiry.takeEvents()).as("its past-tense event").isNotEmpty();
            return;
        }
        assertThatThrownBy(() -> move.apply().accept(inquiry)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(problem.getMessage()).contains("ANF-2026-0042").contains(from.label());
        });
        assertThat(inquiry.state()).isEqualTo(from);
        assertThat(inquiry.changed()).isFalse();
        assertThat(inquiry.changedItems()).isEmpty();
        assertThat(inquiry.items().iterator().next().state()).isEqualTo(itemBefore);
        assertThat(inquiry.takeEvents()).isEmpty();
    }

    @Test
    void anItemIsAnsweredDeclinedOrSentBackOnlyFromTheStatesThatAllowIt() {
        Inquiry answering = new Inquiry(UUID.randomUUID(), "ANF-2026-0043", "GRUENE", InquiryState.IN_PROGRESS, null, null,
                List.of(new TrackedItem(1, ItemState.IN_PROGRESS, List.of("A11"), ROUTED, false, null, false, false),
                        new TrackedItem(2, ItemState.ANSWERED, List.of("A11"), ROUTED, false, null, false, true)));
        answering.answered(1, "A11");
        assertThat(answering.takeEvents()).containsExactly(new InquiryEvent.ItemAnswered(answering.id(), 1, "A11"));
        for (Consumer<Inquiry> illegal : List.<Consumer<Inquiry>>of(
                inquiry -> inquiry.answered(2, "A11"),
                inquiry -> inquiry.decline(2, "A11", "nicht zuständig", "OB"),
                inquiry -> inquiry.sendBack("D01", List.of(new ItemReturn(1, "bitte ergänzen", null))),
                inquiry -> inquiry.answered(3, "A11"))) {
            assertThatThrownBy(() -> illegal.accept(answering)).isInstanceOf(ApiProblem.class);
        }
        assertThat(answering.takeEvents()).isEmpty();
        assertThat(answering.items()).extracting(TrackedItem::state).containsExactly(ItemState.ANSWERED, ItemState.ANSWERED);
    }

    @Test
    void everyItemStatePairTheEnumForbidsIsRefusedWhenAnItemIsTakenUp() {
        for (ItemState from : ItemState.values()) {
            Inquiry inquiry = new Inquiry(UUID.randomUUID(), "ANF-2026-0044", "GRUENE", InquiryState.IN_PROGRESS, null, null,
                    List.of(new TrackedItem(1, from, List.of(), ROUTED, false, null, false, false)));
            if (from.canTransitionTo(ItemState.IN_PROGRESS)) {
                inquiry.takeUp(1, List.of("A11"));
                assertThat(inquiry.items().iterator().next().state()).isEqualTo(ItemState.IN_PROGRESS);
            } else {
                assertThatThrownBy(() -> inquiry.takeUp(1, List.of("A11"))).as(from.name()).isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.getMessage()).contains("Frage 1").contains(from.label()));
                assertThat(inquiry.changedItems()).isEmpty();
            }
        }
    }

    @Test
    void aDeclinedItemIsRoutedAnewExactlyOnceBeforeItsNewUnitsTakeItUp() {
        Inquiry inquiry = new Inquiry(UUID.randomUUID(), "ANF-2026-0045", "GRUENE", InquiryState.IN_PROGRESS, null, null,
                List.of(new TrackedItem(1, ItemState.DECLINED, List.of("OB"), ROUTED, false, null, false, false)));
        inquiry.route(1, () -> ROUTED);
        assertThat(inquiry.items().iterator().next().state()).isEqualTo(ItemState.REROUTED);
        assertThatThrownBy(() -> inquiry.route(1, () -> ROUTED)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
        inquiry.takeUp(1, List.of("A11"));
        assertThat(inquiry.items().iterator().next().state()).isEqualTo(ItemState.IN_PROGRESS);
    }

    @Test
    void aRoutingChangesOnlyInTriageOrForADeclinedItem() {
        Inquiry released = inquiryIn(InquiryState.RELEASED, false);
        assertThatThrownBy(() -> released.route(1, () -> ROUTED)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.getMessage()).contains("freigegeben"));
        Inquiry answering = inquiryIn(InquiryState.IN_PROGRESS, false);
        assertThatThrownBy(() -> answering.route(1, () -> ROUTED)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.getMessage()).contains("bereits verteilt"));
        Inquiry triage = inquiryIn(InquiryState.IN_TRIAGE, false);
        triage.route(1, () -> ROUTED);
        assertThat(triage.changedItems()).hasSize(1);
    }
}
