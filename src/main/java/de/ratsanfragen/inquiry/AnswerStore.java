package de.ratsanfragen.inquiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.evaluation.MeasureStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the units write: every contribution, comment and decline ({@code item_contribution}, kept per unit and
 * round, nothing overwritten) and each item's answer as it goes into the response (the answer columns of
 * {@code inquiry_item}).
 */
@Repository
class AnswerStore {

    /** An item's answer (kept apart from the item view: a faction sees answers only once released). */
    record Answer(String text, List<String> answeredBy, MeasureStatus proposedStatus) {

        /** The units that gave it, as the response names them ({@code D01/A11, D03/A32}). */
        String givenBy() {
            return answeredBy == null ? null : String.join(", ", answeredBy);
        }
    }

    private final JdbcClient jdbc;

    AnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Integer, Answer> answers(UUID id) {
        Map<Integer, Answer> answers = new HashMap<>();
        jdbc.sql("select number, answer, answered_by, proposed_status from ratsanfragen.inquiry_item where inquiry_id = :id and answer is not null")
                .param("id", id)
                .query(rs -> {
                    answers.put(rs.getInt("number"), answer(rs));
                });
        return answers;
    }

    /** The answer columns of an item's row, or {@code null} when it has no answer. */
    static Answer answer(java.sql.ResultSet rs) throws java.sql.SQLException {
        String text = rs.getString("answer");
        String proposed = rs.getString("proposed_status");
        return text == null ? null : new Answer(text, InquiryStore.strings(rs.getArray("answered_by")),
                proposed == null ? null : MeasureStatus.valueOf(proposed));
    }

    /** The lead's contribution and the item's answer in one statement (one round trip on every answer). */
    void insertAnswer(UUID id, int number, Contribution answer, List<String> answeredBy, MeasureStatus proposedStatus, Instant at) {
        jdbc.sql("""
                        with contribution as (
                            insert into ratsanfragen.item_contribution (inquiry_id, item_number, unit, role, text, declined,
                                decline_reason, author, created_at)
                            values (:id, :number, :unit, :role, :text, false, null, :author, :at))
                        update ratsanfragen.inquiry_item set answer = :text, answered_by = cast(:by as text[]), answered_at = :at,
                            proposed_status = :proposed
                        where inquiry_id = :id and number = :number""")
                .param("id", id).param("number", number).param("unit", answer.unit()).param("role", answer.role().name())
                .param("text", answer.text()).param("author", answer.author()).param("by", answeredBy.toArray(String[]::new))
                .param("at", Timestamp.from(at)).param("proposed", proposedStatus == null ? null : proposedStatus.name())
                .update();
    }

    int correctAnswer(UUID id, int number, String text) {
        return jdbc.sql("update ratsanfragen.inquiry_item set answer = :text where inquiry_id = :id and number = :number and answer is not null")
                .param("id", id).param("number", number).param("text", text).update();
    }

    void insertContribution(UUID id, int number, Contribution contribution, Instant at) {
        jdbc.sql("""
                        insert into ratsanfragen.item_contribution (inquiry_id, item_number, unit, role, text, declined,
                            decline_reason, author, created_at)
                        values (:id, :number, :unit, :role, :text, :declined, :reason, :author, :at)""")
                .param("id", id).param("number", number).param("unit", contribution.unit())
                .param("role", contribution.role().name()).param("text", contribution.text())
                .param("declined", contribution.declined()).param("reason", contribution.declineReason())
                .param("author", contribution.author()).param("at", Timestamp.from(at)).update();
    }

    List<Contribution> contributions(UUID id, int number) {
        return jdbc.sql("""
                        select * from ratsanfragen.item_contribution where inquiry_id = :id and item_number = :number
                        order by created_at, id""")
                .param("id", id).param("number", number)
                .query((rs, n) -> new Contribution(rs.getString("unit"), Contribution.Role.valueOf(rs.getString("role")),
                        rs.getString("text"), rs.getBoolean("declined"), rs.getString("decline_reason"),
                        rs.getString("author"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Why the item was sent back last (who and what to change), or {@code null} if it never was. */
    String returnNote(UUID id, int number) {
        return jdbc.sql("select return_note from ratsanfragen.inquiry_item where inquiry_id = :id and number = :number")
                .param("id", id).param("number", number).query(String.class).optional().orElse(null);
    }
}
