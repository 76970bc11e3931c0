package de.ratsanfragen.inquiry;

import static de.ratsanfragen.inquiry.InquiryStore.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading inquiries without moving them: an inquiry with its items, who may see it, its state, and the
 * lists of the intake API and the deadline monitor. Nothing here locks or writes.
 */
@Repository
class InquiryQueries {

    /** The inquiry's own columns. */
    record Row(UUID id, String reference, String title, String faction, String factionInDocument, String committee,
               LocalDate documentDate, Instant receivedAt, String submittedBy, LocalDate dueDate, InquiryState state,
               UUID evaluationId, String fileName, String format, List<String> warnings) {
    }

    /** How a routing is stored (jsonb); every reader of the inquiry tables uses this one. */
    static final TypeReference<RoutingTag> ROUTING = new TypeReference<>() {
    };
    private static final TypeReference<Section> SECTION = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonColumns json;

    InquiryQueries(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from ratsanfragen.inquiry where id = :id").param("id", id).query(this::row).optional();
    }

    List<InquiryItem> items(UUID inquiryId) {
        return jdbc.sql("select * from ratsanfragen.inquiry_item where inquiry_id = :id order by number")
                .param("id", inquiryId).query(this::item).list();
    }

    /** One item with its answer and the inquiry's evaluation: what a task about the item shows. */
    record ItemRow(InquiryItem item, UUID evaluationId, AnswerStore.Answer answer) {
    }

    Optional<ItemRow> item(UUID inquiryId, int number) {
        return jdbc.sql("""
                        select it.*, i.evaluation_id from ratsanfragen.inquiry_item it join ratsanfragen.inquiry i on i.id = it.inquiry_id
                        where it.inquiry_id = :id and it.number = :number""")
                .param("id", inquiryId).param("number", number)
                .query((rs, n) -> new ItemRow(item(rs, n), rs.getObject("evaluation_id", UUID.class), AnswerStore.answer(rs)))
                .optional();
    }

    Optional<InquiryState> state(UUID id) {
        return jdbc.sql("select state from ratsanfragen.inquiry where id = :id").param("id", id)
                .query((rs, n) -> InquiryState.valueOf(rs.getString(1))).optional();
    }

    /**
     * Who is concerned by the inquiry, in one query: its faction and state, the Dezernate its routing tags
     * assign, and every unit named in them or having written for it (also one that declined and was routed away).
     */
    Optional<InquiryAudience> audience(UUID id) {
        return jdbc.sql("""
                        select i.faction, i.state,
                            array(select distinct a ->> 'dezernat' from ratsanfragen.inquiry_item it,
                                      jsonb_array_elements(coalesce(it.routing -> 'assignments', '[]')) a
                                  where it.inquiry_id = i.id) as dezernate,
                            array(select u from ratsanfragen.inquiry_item it,
                                      jsonb_array_elements(coalesce(it.routing -> 'assignments', '[]')) a,
                                      jsonb_array_elements_text(coalesce(a -> 'units', '[]')) u
                                  where it.inquiry_id = i.id
                                  union select u from ratsanfragen.inquiry_item it,
                                      jsonb_array_elements_text(coalesce(it.routing -> 'consulted', '[]')) u
                                  where it.inquiry_id = i.id
                                  union select c.unit from ratsanfragen.item_contribution c where c.inquiry_id = i.id) as units
                        from ratsanfragen.inquiry i where i.id = :id""")
                .param("id", id)
                .query((rs, n) -> new InquiryAudience(id, rs.getString("faction"), InquiryState.valueOf(rs.getString("state")),
                        new LinkedHashSet<>(InquiryStore.strings(rs.getArray("dezernate"))),
                        new LinkedHashSet<>(InquiryStore.strings(rs.getArray("units")))))
                .optional();
    }

    /**
     * A line of the inquiry list with both counts of answers.
     *
     * @param summary    the line as the OB office sees it, counting the answers that stand (not one sent back for rework)
     * @param withAnswer items with an answer written, whatever their state (as the faction counts them)
     */
    record Listed(InquirySummary summary, int withAnswer) {
    }

    /** All inquiries, or those of the given factions, newest first; at most {@code limit} of them. */
    List<Listed> list(Collection<String> factions, int limit) {
        if (factions != null && factions.isEmpty()) {
            return List.of();
        }
        String shown = "with shown as (select id, received_at, reference from ratsanfragen.inquiry "
                + (factions == null ? "" : "where faction in (:factions) ") + "order by received_at desc, reference desc limit :limit) ";
        Map<UUID, List<OpenInquiry.Extension>> extensions = new HashMap<>();
        var extensionQuery = jdbc.sql(shown + """
                select e.inquiry_id, e.previous_due, e.new_due, e.reason, e.extended_at
                from ratsanfragen.deadline_extension e join shown on shown.id = e.inquiry_id order by e.id""");
        var statement = jdbc.sql(shown + """
                select i.id, i.reference, i.title, i.faction, i.received_at, i.due_date, i.state,
                       (select count(*) from ratsanfragen.inquiry_item it where it.inquiry_id = i.id) as items,
                       (select count(*) from ratsanfragen.inquiry_item it where it.inquiry_id = i.id and it.answer is not null
                                and it.state not in (:awaiting)) as answered,
                       (select count(*) from ratsanfragen.inquiry_item it where it.inquiry_id = i.id and it.answer is not null) as with_answer
                from ratsanfragen.inquiry i join shown on shown.id = i.id
                order by i.received_at desc, i.reference desc""")
                .param("awaiting", names(ItemState.AWAITING_ANSWER)).param("limit", limit);
        extensionQuery = extensionQuery.param("limit", limit);
        if (factions != null) {
            statement = statement.param("factions", factions);
            extensionQuery = extensionQuery.param("factions", factions);
        }
        extensionQuery.query(rs -> {
            extensions.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new ArrayList<>()).add(ExtensionStore.extension(rs));
        });
        return statement.query((rs, n) -> new Listed(new InquirySummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getString("title"), rs.getString("faction"), rs.getTimestamp("received_at").toInstant(),
                date(rs, "due_date"), InquiryState.valueOf(rs.getString("state")), rs.getInt("items"), rs.getInt("answered"),
                extensions.getOrDefault(rs.getObject("id", UUID.class), List.of())), rs.getInt("with_answer"))).list();
    }

    /** How many inquiries there are, or of the given factions. */
    int count(Collection<String> factions) {
        if (factions != null && factions.isEmpty()) {
            return 0;
        }
        return factions == null ? jdbc.sql("select count(*) from ratsanfragen.inquiry").query(Integer.class).single()
                : jdbc.sql("select count(*) from ratsanfragen.inquiry where faction in (:factions)").param("factions", factions)
                .query(Integer.class).single();
    }

    List<ReleasedAnswer> releasedAnswersAbout(UUID evaluationId, String code) {
        return jdbc.sql("""
                        select i.reference, i.title, i.faction, it.number, it.kind, it.text, it.answer, it.answered_by, it.proposed_status
                        from ratsanfragen.inquiry i join ratsanfragen.inquiry_item it on it.inquiry_id = i.id
                        where i.evaluation_id = :evaluation and i.state = :released
                          and it.measure_refs @> jsonb_build_array(cast(:code as text))
                        order by i.reference, it.number""")
                .param("evaluation", evaluationId).param("code", code).param("released", InquiryState.RELEASED.name())
                .query((rs, n) -> new ReleasedAnswer(rs.getString("reference"), rs.getString("title"), rs.getString("faction"),
                        rs.getInt("number"), ItemKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("answer"),
                        joined(rs.getArray("answered_by")), rs.getString("proposed_status") == null ? null
                        : de.ratsanfragen.evaluation.MeasureStatus.valueOf(rs.getString("proposed_status"))))
                .list();
    }

    /** The outlines of these inquiries (two queries however many); an unknown id is left out. */
    Map<UUID, InquiryOutline> outlines(Collection<UUID> ids) {
        Map<UUID, Map<Integer, String>> texts = new HashMap<>();
        jdbc.sql("select inquiry_id, number, text from ratsanfragen.inquiry_item where inquiry_id in (:ids) order by inquiry_id, number")
                .param("ids", ids)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new java.util.TreeMap<>())
                            .put(rs.getInt("number"), rs.getString("text"));
                });
        Map<UUID, InquiryOutline> outlines = new HashMap<>();
        jdbc.sql("select id, reference, title, due_date from ratsanfragen.inquiry where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    outlines.put(id, new InquiryOutline(id, rs.getString("reference"), rs.getString("title"),
                            date(rs, "due_date"), texts.getOrDefault(id, Map.of())));
                });
        return outlines;
    }

    private Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
                rs.getString("faction"), rs.getString("faction_in_document"), rs.getString("committee"),
                date(rs, "document_date"), rs.getTimestamp("received_at").toInstant(), rs.getString("submitted_by"),
                date(rs, "due_date"), InquiryState.valueOf(rs.getString("state")), rs.getObject("evaluation_id", UUID.class),
                rs.getString("file_name"), rs.getString("format"), json.strings(rs.getString("warnings")));
    }

    private InquiryItem item(ResultSet rs, int number) throws SQLException {
        return new InquiryItem(rs.getInt("number"), ItemKind.valueOf(rs.getString("kind")), rs.getString("text"),
                json.read(rs.getString("section"), SECTION), json.strings(rs.getString("measure_refs")),
                json.read(rs.getString("routing"), ROUTING), json.strings(rs.getString("routing_hints")),
                ItemState.valueOf(rs.getString("state")), joined(rs.getArray("holders")), rs.getBoolean("overdue"),
                List.copyOf(InquiryStore.strings(rs.getArray("holders"))));
    }

    /** A list of units as pages and letters show it ({@code D01, D03}); {@code null} for none. */
    static String joined(java.sql.Array array) throws SQLException {
        List<String> values = InquiryStore.strings(array);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    static List<String> names(Collection<? extends Enum<?>> states) {
        return states.stream().map(Enum::name).toList();
    }
}
