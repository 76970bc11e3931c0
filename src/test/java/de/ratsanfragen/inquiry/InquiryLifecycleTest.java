package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.platform.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves the running service refuses, on real inquiries in the database: each is a German 409 from the
 * inquiry itself, and nothing of it is stored — neither the inquiry's row nor its items.
 */
class InquiryLifecycleTest extends ServiceTestSupport {

    @Autowired
    private InquiryLifecycle lifecycle;
    @Autowired
    private InquiryAnswers answers;
    @Autowired
    private InquiryCatalog catalog;
    @Autowired
    private JdbcClient jdbc;

    /** The inquiry's row and its items' states, holders and answers as stored. */
    private List<Map<String, Object>> stored(UUID id) {
        return jdbc.sql("""
                        select i.state, i.due_date, i.released_at, it.number, it.state as item_state, cast(it.holders as text) as holders,
                               it.answer, (select count(*) from ratsanfragen.item_contribution c where c.inquiry_id = i.id) as written
                        from ratsanfragen.inquiry i join ratsanfragen.inquiry_item it on it.inquiry_id = i.id
                        where i.id = :id order by it.number""")
                .param("id", id).query().listOfRows();
    }

    private static void refusedWith409(Runnable move, String... words) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(problem.getMessage()).contains(words);
        });
    }

    @Test
    void anInquiryInTriageIsNotReleased() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Freigabe aus der Prüfung", "V: D01/ A11");
        UUID id = UUID.fromString(inquiry.id());
        assertThat(catalog.state(id)).isEqualTo(InquiryState.IN_TRIAGE);
        List<Map<String, Object>> before = stored(id);

        refusedWith409(() -> lifecycle.release(id, Instant.now()), inquiry.reference(), "in Prüfung durch den Bereich OB");

        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void aWithdrawnInquiryTakesNoAnswerAndNoSecondWithdrawal() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Antwort nach dem Rückzug", "V: D01/ A11");
        UUID id = UUID.fromString(inquiry.id());
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        as("gruene").post("/api/inquiries/" + inquiry.id() + "/withdraw").then().statusCode(200);
        List<Map<String, Object>> before = stored(id);
        assertThat(before).allSatisfy(row -> assertThat(row).containsEntry("state", "WITHDRAWN").containsEntry("item_state", "WITHDRAWN"));

        refusedWith409(() -> answers.answer(id, 1, new Contribution("A11", Contribution.Role.ANSWER, "Zu spät.", false, null, "a11", null),
                List.of("D01/A11"), null), "zurückgezogen");
        refusedWith409(() -> lifecycle.withdraw(id), "bereits zurückgezogen");
        refusedWith409(() -> lifecycle.extendDeadline(id, java.time.LocalDate.now().plusMonths(1), "Rückfragen", "ob"), "läuft nicht");

        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void aReleasedInquiryIsNotReleasedTwiceNorWithdrawnNorSentBack() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Zweite Freigabe", "V: D01/ A11");
        UUID id = UUID.fromString(inquiry.id());
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Die Antwort."));
        DemoInquiries.completeOnly("d01", inquiry.id(), Map.of("approved", true));
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of("approved", true));
        assertThat(catalog.state(id)).isEqualTo(InquiryState.RELEASED);
        List<Map<String, Object>> before = stored(id);

        refusedWith409(() -> lifecycle.release(id, Instant.now()), "beantwortet", "freigegeben");
        refusedWith409(() -> lifecycle.withdraw(id), "bereits beantwortet");
        refusedWith409(() -> lifecycle.sendBack(id, List.of(1), "OB", "doch noch ändern"), "beantwortet");
        refusedWith409(() -> lifecycle.beginTriage(id, "OB"), "beantwortet");

        assertThat(stored(id)).isEqualTo(before);
        as("gruene").post("/api/inquiries/" + inquiry.id() + "/withdraw").then().statusCode(409)
                .contentType("application/problem+json");
    }
}
