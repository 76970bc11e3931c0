package de.ratsanfragen.inquiry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.ratsanfragen.platform.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inquiry aggregate's tables: {@code inquiry}, {@code inquiry_item} and the reference counter. Writes an
 * inquiry when it is received and stores what its moves changed; reads it for a move under the inquiry
 * row's lock, so that concurrent moves (a release and a withdrawal) follow one another.
 */
@Repository
class InquiryStore {

    /** The inquiry's own columns as received. */
    record Received(UUID id, String reference, String title, String faction, String factionInDocument, String committee,
                    LocalDate documentDate, Instant receivedAt, String submittedBy, UUID evaluationId, String fileName,
                    String format, List<String> warnings) {
    }


    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonColumns json;

    InquiryStore(JdbcClient jdbc, JdbcTemplate template, JsonColumns json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** The next number of the year; call inside the transaction that stores the inquiry (no gaps). */
    int nextNumber(int year) {
        return jdbc.sql("""
                        insert into ratsanfragen.reference_counter (year, last_number) values (:year, 1)
                        on conflict (year) do update set last_number = ratsanfragen.reference_counter.last_number + 1
                        returning last_number""")
                .param("year", year).query(Integer.class).single();
    }

    void insert(Received row, List<InquiryItem> items) {
        jdbc.sql("""
                        insert into ratsanfragen.inquiry (id, reference, title, faction, faction_in_document, committee,
                            document_date, received_at, submitted_by, state, evaluation_id, file_name, format, warnings)
                        values (:id, :reference, :title, :faction, :factionInDocument, :committee, :documentDate,
                            :receivedAt, :submittedBy, :state, :evaluationId, :fileName, :format, cast(:warnings as jsonb))""")
                .param("id", row.id()).param("reference", row.reference()).param("title", row.title())
                .param("faction", row.faction()).param("factionInDocument", row.factionInDocument())
                .param("committee", row.committee()).param("documentDate", row.documentDate())
                .param("receivedAt", Timestamp.from(row.receivedAt())).param("submittedBy", row.submittedBy())
                .param("state", InquiryState.SUBMITTED.name()).param("evaluationId", row.evaluationId())
                .param("fileName", row.fileName()).param("format", row.format()).param("warnings", json.write(row.warnings()))
                .update();
        template.batchUpdate("""
                        insert into ratsanfragen.inquiry_item (inquiry_id, number, kind, text, section, measure_refs, routing,
                            routing_hints, state)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?)""",
                items, 500, (statement, item) -> {
                    statement.setObject(1, row.id());
                    statement.setInt(2, item.number());
                    statement.setString(3, item.kind().name());
                    statement.setString(4, item.text());
                    statement.setString(5, json.write(item.section()));
                    statement.setString(6, json.write(item.measureRefs()));
                    statement.setString(7, json.write(item.routing()));
                    statement.setString(8, json.write(item.routingHints()));
                    statement.setString(9, ItemState.NEW.name());
                });
    }

    /** The inquiry for a move, its row locked until the transaction ends; empty if there is none. */
    Optional<Inquiry> lock(UUID id) {
        return lock(id, null);
    }

    /**
     * The inquiry with only these items ({@code null}: all), its row locked, in one statement: a move of one
     * item (an answer, a decline) does not read the others. Such an inquiry moves only the items it holds.
     */
    Optional<Inquiry> lock(UUID id, java.util.Collection<Integer> numbers) {
        record Head(String reference, String faction, InquiryState state, LocalDate dueDate, Instant releasedAt) {
        }
        Head[] head = new Head[1];
        List<TrackedItem> items = new java.util.ArrayList<>();
        jdbc.sql("""
                        select i.reference, i.faction, i.state, i.due_date, i.released_at, it.number, it.state as item_state,
                               it.holders, it.routing, it.returned, it.return_note, it.overdue, it.answer is not null as answered,
                               it.rework_units
                        from ratsanfragen.inquiry i left join ratsanfragen.inquiry_item it on it.inquiry_id = i.id"""
                        + (numbers == null ? "" : " and it.number = any(:numbers)") + """

                        where i.id = :id order by it.number for update of i""")
                .params(numbers == null ? java.util.Map.of("id", id) : java.util.Map.of("id", id, "numbers", numbers.toArray(Integer[]::new)))
                .query(rs -> {
                    if (head[0] == null) {
                        head[0] = new Head(rs.getString("reference"), rs.getString("faction"), InquiryState.valueOf(rs.getString("state")),
                                date(rs, "due_date"), instant(rs, "released_at"));
                    }
                    if (rs.getObject("number") != null) {
                        items.add(new TrackedItem(rs.getInt("number"), ItemState.valueOf(rs.getString("item_state")),
                                strings(rs.getArray("holders")), json.read(rs.getString("routing"), InquiryQueries.ROUTING), rs.getBoolean("returned"),
                                rs.getString("return_note"), rs.getBoolean("overdue"), rs.getBoolean("answered")));
                        items.get(items.size() - 1).reworkUnits = rs.getArray("rework_units") == null ? null : strings(rs.getArray("rework_units"));
                    }
                });
        return Optional.ofNullable(head[0]).map(found -> new Inquiry(id, found.reference(), found.faction(), found.state(),
                found.dueDate(), found.releasedAt(), items));
    }

    /** Stores what the inquiry's moves changed: its own row, and each changed item in one batch. */
    void save(Inquiry inquiry) {
        if (inquiry.changed()) {
            jdbc.sql("update ratsanfragen.inquiry set state = :state, due_date = :due, released_at = :released where id = :id")
                    .param("id", inquiry.id()).param("state", inquiry.state().name()).param("due", inquiry.dueDate())
                    .param("released", inquiry.releasedAt() == null ? null : Timestamp.from(inquiry.releasedAt()))
                    .update();
        }
        // items that end up alike are written together: a move of the whole inquiry is one statement, a
        // Dezernat's sign-off one per group of Dezernate, an answer one
        record Alike(ItemState state, List<String> holders, boolean returned, String returnNote, boolean overdue) {
        }
        Map<Alike, List<Integer>> groups = new LinkedHashMap<>();
        for (TrackedItem item : inquiry.changedItems()) {
            groups.computeIfAbsent(new Alike(item.state(), item.holders(), item.returned(), item.returnNote(), item.overdue()),
                    alike -> new ArrayList<>()).add(item.number());
            if (item.routingChanged()) {
                jdbc.sql("update ratsanfragen.inquiry_item set routing = cast(:routing as jsonb) where inquiry_id = :id and number = :number")
                        .param("routing", json.write(item.routing())).param("id", inquiry.id()).param("number", item.number()).update();
            }
            if (item.reworkUnitsChanged()) {
                jdbc.sql("update ratsanfragen.inquiry_item set rework_units = cast(:units as text[]) where inquiry_id = :id and number = :number")
                        .param("units", item.reworkUnits() == null ? null : item.reworkUnits().toArray(String[]::new))
                        .param("id", inquiry.id()).param("number", item.number()).update();
            }
        }
        groups.forEach((alike, numbers) -> jdbc.sql("""
                        update ratsanfragen.inquiry_item set state = :state, holders = cast(:holders as text[]), returned = :returned,
                            return_note = :note, overdue = :overdue
                        where inquiry_id = :id and number = any(:numbers)""")
                .param("state", alike.state().name()).param("holders", alike.holders().toArray(String[]::new))
                .param("returned", alike.returned()).param("note", alike.returnNote()).param("overdue", alike.overdue())
                .param("id", inquiry.id()).param("numbers", numbers.toArray(Integer[]::new))
                .update());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
