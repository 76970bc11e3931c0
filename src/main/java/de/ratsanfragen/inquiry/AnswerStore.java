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

    /** The units chosen to rework the item when it was sent back last ({@code null}: every unit its routing names). */
    List<String> reworkUnits(UUID id, int number) {
        return jdbc.sql("select rework_units from ratsanfragen.inquiry_item where inquiry_id = :id and number = :number")
                .param("id", id).param("number", number)
                .query((rs, n) -> rs.getArray("rework_units") == null ? null : InquiryStore.strings(rs.getArray("rework_units")))
                .optional().orElse(null);
    }

    /** The OB office's new wording of an answer, and the edit kept with the text before, in one statement; 0 if it is unchanged. */
    int editAnswer(UUID id, int number, String text, String editedBy, Instant at) {
        return jdbc.sql("""
                        with before as (
                            select answer from ratsanfragen.inquiry_item where inquiry_id = :id and number = :number and answer is not null
                                and answer <> :text),
                        edit as (
                            insert into ratsanfragen.answer_edit (inquiry_id, item_number, old_text, new_text, edited_by, edited_at)
                            select :id, :number, answer, :text, :by, :at from before)
                        update ratsanfragen.inquiry_item set answer = :text
                        where inquiry_id = :id and number = :number and answer is not null and answer <> :text""")
                .param("id", id).param("number", number).param("text", text).param("by", editedBy).param("at", Timestamp.from(at))
                .update();
    }

    /** The edits of answers in approval, oldest first: of one item, or of every item ({@code number} {@code null}). */
    List<AnswerEdit> edits(UUID id, Integer number) {
        return jdbc.sql("select * from ratsanfragen.answer_edit where inquiry_id = :id"
                        + (number == null ? "" : " and item_number = :number") + " order by item_number, edited_at, id")
                .param("id", id).params(number == null ? Map.of() : Map.of("number", number))
                .query((rs, n) -> new AnswerEdit(rs.getInt("item_number"), rs.getString("old_text"), rs.getString("new_text"),
                        rs.getString("edited_by"), rs.getTimestamp("edited_at").toInstant()))
                .list();
    }

    /** Why the item was sent back last (who and what to change), or {@code null} if it never was. */
    String returnNote(UUID id, int number) {
        return jdbc.sql("select return_note from ratsanfragen.inquiry_item where inquiry_id = :id and number = :number")
                .param("id", id).param("number", number).query(String.class).optional().orElse(null);
    }
}
