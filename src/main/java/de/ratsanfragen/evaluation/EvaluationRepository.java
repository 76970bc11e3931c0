package de.ratsanfragen.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluations, their measures and quoted recommendations in PostgreSQL (schema {@code ratsanfragen}). */
@Repository
class EvaluationRepository {

    record StoredEvaluation(UUID id, String title, String origin, Instant importedAt, List<String> warnings) {
    }

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final CouncilClock clock;

    EvaluationRepository(JdbcClient jdbc, JsonColumns json, CouncilClock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Case, spaces and punctuation do not matter when an inquiry names the evaluation it quotes. */
    static String titleKey(String title) {
        return title.toLowerCase(Locale.GERMAN).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    Optional<StoredEvaluation> findByTitle(String title) {
        return jdbc.sql("select * from ratsanfragen.evaluation where title_key = :key")
                .param("key", titleKey(title))
                .query(this::evaluation).optional();
    }

    Optional<StoredEvaluation> find(UUID id) {
        return jdbc.sql("select * from ratsanfragen.evaluation where id = :id").param("id", id).query(this::evaluation).optional();
    }

    void insert(UUID id, String title, String origin, String fileName, String importedBy, List<String> warnings) {
        jdbc.sql("""
                        insert into ratsanfragen.evaluation (id, title, title_key, origin, file_name, imported_at, imported_by, warnings)
                        values (:id, :title, :key, :origin, :file, :at, :by, cast(:warnings as jsonb))""")
                .param("id", id).param("title", title).param("key", titleKey(title)).param("origin", origin)
                .param("file", fileName).param("at", Timestamp.from(clock.now())).param("by", importedBy)
                .param("warnings", json.write(warnings))
                .update();
    }

    /** Creates the evaluation unless one with this title exists (also when another transaction just made it). */
    void insertIfAbsent(UUID id, String title, String origin, String importedBy) {
        jdbc.sql("""
                        insert into ratsanfragen.evaluation (id, title, title_key, origin, imported_at, imported_by)
                        values (:id, :title, :key, :origin, :at, :by)
                        on conflict (title_key) do nothing""")
                .param("id", id).param("title", title).param("key", titleKey(title)).param("origin", origin)
                .param("at", Timestamp.from(clock.now())).param("by", importedBy).update();
    }

    void markImportedFromReport(UUID id, String fileName, List<String> warnings) {
        jdbc.sql("update ratsanfragen.evaluation set origin = 'REPORT', file_name = :file, warnings = cast(:warnings as jsonb) where id = :id")
                .param("id", id).param("file", fileName).param("warnings", json.write(warnings)).update();
    }

    /** Inserts the measures; an existing code is replaced only when {@code replace} is set. */
    void saveMeasures(UUID evaluationId, List<Measure> measures, boolean replace) {
        int position = jdbc.sql("select coalesce(max(position), 0) from ratsanfragen.measure where evaluation_id = :id")
                .param("id", evaluationId).query(Integer.class).single();
        for (Measure measure : measures) {
            position++;
            jdbc.sql("""
                            insert into ratsanfragen.measure (evaluation_id, code, position, text, topic, responsible, lead, deadline, status,
                                                 status_label, status_notes, outlook, concept_link, cut_off_date)
                            values (:evaluation, :code, :position, :text, :topic, :responsible, :lead, :deadline, :status,
                                    :label, cast(:notes as jsonb), cast(:outlook as jsonb), :link, :cutOff)
                            on conflict (evaluation_id, code) do\s""" + (replace ? """
                            update set text = excluded.text, topic = excluded.topic, responsible = excluded.responsible,
                                       lead = excluded.lead, deadline = excluded.deadline, status = excluded.status,
                                       status_label = excluded.status_label, status_notes = excluded.status_notes,
                                       outlook = excluded.outlook, concept_link = excluded.concept_link,
                                       cut_off_date = excluded.cut_off_date""" : "nothing"))
                    .param("evaluation", evaluationId).param("code", measure.code()).param("position", position)
                    .param("text", measure.text()).param("topic", measure.topic()).param("responsible", measure.responsible())
                    .param("lead", measure.lead()).param("deadline", measure.deadline())
                    .param("status", measure.status().name()).param("label", measure.statusLabel())
                    .param("notes", json.write(measure.statusNotes())).param("outlook", json.write(measure.outlook()))
                    .param("link", measure.conceptLink()).param("cutOff", measure.cutOffDate())
                    .update();
        }
    }

    void saveRecommendation(UUID evaluationId, String code, String text) {
        jdbc.sql("insert into ratsanfragen.recommendation (evaluation_id, code, text) values (:id, :code, :text) on conflict do nothing")
                .param("id", evaluationId).param("code", code).param("text", text).update();
    }

    List<Measure> measures(UUID evaluationId) {
        return jdbc.sql("select * from ratsanfragen.measure where evaluation_id = :id order by position")
                .param("id", evaluationId).query(this::measure).list();
    }

    private StoredEvaluation evaluation(ResultSet row, int number) throws SQLException {
        return new StoredEvaluation(row.getObject("id", UUID.class), row.getString("title"), row.getString("origin"),
                row.getTimestamp("imported_at").toInstant(), json.strings(row.getString("warnings")));
    }

    private Measure measure(ResultSet row, int number) throws SQLException {
        java.sql.Date cutOff = row.getDate("cut_off_date");
        LocalDate cutOffDate = cutOff == null ? null : cutOff.toLocalDate();
        return new Measure(row.getString("code"), row.getString("text"), row.getString("topic"),
                row.getString("responsible"), row.getString("lead"), row.getString("deadline"),
                MeasureStatus.valueOf(row.getString("status")), row.getString("status_label"),
                json.strings(row.getString("status_notes")), json.strings(row.getString("outlook")), row.getString("concept_link"),
                cutOffDate);
    }

    /**
     * The status a measure has now: the latest recorded correction, else the report's. Locks the measure's
     * row, so that two releases correcting it at once record one after the other (each with the right old status).
     */
    java.util.Optional<MeasureStatus> currentStatus(UUID evaluationId, String code) {
        return jdbc.sql("""
                        select coalesce((select c.new_status from ratsanfragen.measure_status_change c
                                         where c.evaluation_id = m.evaluation_id and c.code = m.code order by c.id desc limit 1),
                                        m.status)
                        from ratsanfragen.measure m where m.evaluation_id = :id and m.code = :code
                        for update of m""")
                .param("id", evaluationId).param("code", code).query(String.class).optional().map(MeasureStatus::valueOf);
    }

    void insertStatusChange(UUID evaluationId, String code, MeasureStatus old, MeasureStatus changed, String by, String inquiryReference) {
        jdbc.sql("""
                        insert into ratsanfragen.measure_status_change (evaluation_id, code, old_status, new_status, changed_by,
                            inquiry_reference, changed_at)
                        values (:id, :code, :old, :new, :by, :inquiry, :at)""")
                .param("id", evaluationId).param("code", code).param("old", old.name()).param("new", changed.name())
                .param("by", by).param("inquiry", inquiryReference)
                .param("at", Timestamp.from(clock.now())).update();
    }

    List<EvaluationCatalog.StatusChange> statusChanges(UUID evaluationId, String code) {
        return jdbc.sql("""
                        select old_status, new_status, changed_by, inquiry_reference, changed_at from ratsanfragen.measure_status_change
                        where evaluation_id = :id and code = :code order by id""")
                .param("id", evaluationId).param("code", code)
                .query((rs, n) -> new EvaluationCatalog.StatusChange(MeasureStatus.valueOf(rs.getString(1)),
                        MeasureStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }
}
