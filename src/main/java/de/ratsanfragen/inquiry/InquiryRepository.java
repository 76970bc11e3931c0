package de.ratsanfragen.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import de.ratsanfragen.evaluation.MeasureStatus;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inquiries and their items in PostgreSQL (schema {@code ratsanfragen}). */
@Repository
class InquiryRepository {

    /** The inquiry's own columns. */
    record Row(UUID id, String reference, String title, String faction, String factionInDocument, String committee,
               LocalDate documentDate, Instant receivedAt, String submittedBy, LocalDate dueDate, String state,
               UUID evaluationId, String fileName, String format, List<String> warnings) {
    }

    private final JdbcClient jdbc;
    private final JsonColumns json;

    InquiryRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
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

    void insert(Row row, List<InquiryItem> items) {
        jdbc.sql("""
                        insert into ratsanfragen.inquiry (id, reference, title, faction, faction_in_document, committee,
                            document_date, received_at, submitted_by, due_date, state, evaluation_id, file_name, format, warnings)
                        values (:id, :reference, :title, :faction, :factionInDocument, :committee, :documentDate,
                            :receivedAt, :submittedBy, :dueDate, :state, :evaluationId, :fileName, :format,
                            cast(:warnings as jsonb))""")
                .param("id", row.id()).param("reference", row.reference()).param("title", row.title())
                .param("faction", row.faction()).param("factionInDocument", row.factionInDocument())
                .param("committee", row.committee()).param("documentDate", row.documentDate())
                .param("receivedAt", Timestamp.from(row.receivedAt())).param("submittedBy", row.submittedBy())
                .param("dueDate", row.dueDate()).param("state", row.state()).param("evaluationId", row.evaluationId())
                .param("fileName", row.fileName()).param("format", row.format()).param("warnings", json.write(row.warnings()))
                .update();
        for (InquiryItem item : items) {
            jdbc.sql("""
                            insert into ratsanfragen.inquiry_item (inquiry_id, number, kind, text, section, measure_refs,
                                routing, routing_hints, state)
                            values (:inquiry, :number, :kind, :text, cast(:section as jsonb), cast(:refs as jsonb),
                                cast(:routing as jsonb), cast(:hints as jsonb), :state)""")
                    .param("inquiry", row.id()).param("number", item.number()).param("kind", item.kind().name())
                    .param("text", item.text()).param("section", json.write(item.section()))
                    .param("refs", json.write(item.measureRefs())).param("routing", json.write(item.routing()))
                    .param("hints", json.write(item.routingHints())).param("state", item.state())
                    .update();
        }
    }

    void updateState(UUID id, String state) {
        jdbc.sql("update ratsanfragen.inquiry set state = :state where id = :id").param("id", id).param("state", state).update();
    }

    /** Releases the inquiry only from approval (the row lock orders it against a concurrent withdrawal). */
    int release(UUID id, Instant releasedAt) {
        return jdbc.sql("update ratsanfragen.inquiry set state = :released, released_at = :at where id = :id and state = :approval")
                .param("id", id).param("at", Timestamp.from(releasedAt))
                .param("released", InquiryProgress.RELEASED).param("approval", InquiryProgress.IN_APPROVAL).update();
    }

    void updateDueDate(UUID id, LocalDate dueDate) {
        jdbc.sql("update ratsanfragen.inquiry set due_date = :due where id = :id").param("id", id).param("due", dueDate).update();
    }

    /** Sets the due date only in one of these states (the row lock orders it against a concurrent state change). */
    int updateDueDateWhileIn(UUID id, LocalDate dueDate, List<String> states) {
        return jdbc.sql("update ratsanfragen.inquiry set due_date = :due where id = :id and state in (:states)")
                .param("id", id).param("due", dueDate).param("states", states).update();
    }

    /** Changes the state unless the inquiry is in one of these; {@code 0} if it was. */
    int updateStateUnlessIn(UUID id, String state, List<String> finalStates) {
        return jdbc.sql("update ratsanfragen.inquiry set state = :state where id = :id and state not in (:final)")
                .param("id", id).param("state", state).param("final", finalStates).update();
    }

    int updateRouting(UUID id, int number, RoutingTag routing) {
        return jdbc.sql("update ratsanfragen.inquiry_item set routing = cast(:routing as jsonb) where inquiry_id = :id and number = :number")
                .param("id", id).param("number", number).param("routing", json.write(routing)).update();
    }

    void updateItemState(UUID id, int number, String state, String holder) {
        jdbc.sql("update ratsanfragen.inquiry_item set state = :state, holder = :holder where inquiry_id = :id and number = :number")
                .param("id", id).param("number", number).param("state", state).param("holder", holder).update();
    }

    /** An item's answer (kept apart from the item view: a faction sees answers only once released). */
    record Answer(String text, String answeredBy, MeasureStatus proposedStatus) {
    }

    Map<Integer, Answer> answers(UUID id) {
        Map<Integer, Answer> answers = new HashMap<>();
        jdbc.sql("select number, answer, answered_by, proposed_status from ratsanfragen.inquiry_item where inquiry_id = :id and answer is not null")
                .param("id", id)
                .query(rs -> {
                    String proposed = rs.getString("proposed_status");
                    answers.put(rs.getInt("number"), new Answer(rs.getString("answer"), rs.getString("answered_by"),
                            proposed == null ? null : MeasureStatus.valueOf(proposed)));
                });
        return answers;
    }

    void insertExtension(UUID id, LocalDate previousDue, LocalDate newDue, String reason, String extendedBy) {
        jdbc.sql("""
                        insert into ratsanfragen.deadline_extension (inquiry_id, previous_due, new_due, reason, extended_by)
                        values (:id, :previous, :next, :reason, :by)""")
                .param("id", id).param("previous", previousDue).param("next", newDue).param("reason", reason)
                .param("by", extendedBy).update();
    }

    /** The oldest extension whose interim notice is not yet sent. */
    java.util.Optional<InquiryProgress.Extension> oldestUnnotifiedExtension(UUID id) {
        return jdbc.sql("""
                        select id, previous_due, new_due, reason from ratsanfragen.deadline_extension
                        where inquiry_id = :id and notified_at is null order by id limit 1""")
                .param("id", id)
                .query((rs, n) -> new InquiryProgress.Extension(rs.getLong("id"), rs.getDate("previous_due").toLocalDate(),
                        rs.getDate("new_due").toLocalDate(), rs.getString("reason")))
                .optional();
    }

    void markExtensionNotified(long extensionId) {
        jdbc.sql("update ratsanfragen.deadline_extension set notified_at = now() where id = :id").param("id", extensionId).update();
    }

    void markOverdue(UUID id, int number) {
        jdbc.sql("update ratsanfragen.inquiry_item set overdue = true where inquiry_id = :id and number = :number")
                .param("id", id).param("number", number).update();
    }

    void updateItemStates(UUID id, List<Integer> numbers, String state, String holder) {
        jdbc.sql("update ratsanfragen.inquiry_item set state = :state, holder = :holder where inquiry_id = :id and number in (:numbers)")
                .param("id", id).param("numbers", numbers).param("state", state).param("holder", holder).update();
    }

    /** All items at once, e.g. when the whole inquiry goes to approval or is released. */
    void updateAllItemStates(UUID id, String state, String holder) {
        jdbc.sql("update ratsanfragen.inquiry_item set state = :state, holder = :holder where inquiry_id = :id")
                .param("id", id).param("state", state).param("holder", holder).update();
    }

    /** Sent back: waits for the other Dezernate' decisions; a second comment in the same round is added to the first. */
    int sendBack(UUID id, int number, String note, String holder) {
        return jdbc.sql("""
                        update ratsanfragen.inquiry_item set
                            return_note = case when returned then return_note || chr(10) || :note else :note end,
                            returned = true, state = 'RETURNED', holder = :holder
                        where inquiry_id = :id and number = :number""")
                .param("id", id).param("number", number).param("note", note).param("holder", holder).update();
    }

    /** The items sent back since the last call, in their order; they are no longer waiting afterwards. */
    List<Integer> takeReturned(UUID id) {
        return jdbc.sql("update ratsanfragen.inquiry_item set returned = false where inquiry_id = :id and returned returning number")
                .param("id", id).query(Integer.class).list().stream().sorted().toList();
    }

    String returnNote(UUID id, int number) {
        return jdbc.sql("select return_note from ratsanfragen.inquiry_item where inquiry_id = :id and number = :number")
                .param("id", id).param("number", number).query(String.class).optional().orElse(null);
    }

    void clearOverdue(UUID id) {
        jdbc.sql("update ratsanfragen.inquiry_item set overdue = false where inquiry_id = :id and overdue")
                .param("id", id).update();
    }

    /** {@code true} if this notice is new; {@code false} if it was already recorded (and sent). */
    boolean insertNotice(String taskId, String kind, java.time.Instant dueAt, UUID id, String unit, String items,
                         java.time.Instant noticedAt) {
        return jdbc.sql("""
                        insert into ratsanfragen.deadline_notice (task_id, kind, due_at, inquiry_id, unit, items, noticed_at)
                        values (:task, :kind, :due, :id, :unit, :items, :at) on conflict do nothing""")
                .param("task", taskId).param("kind", kind).param("due", java.sql.Timestamp.from(dueAt)).param("id", id)
                .param("unit", unit).param("items", items).param("at", java.sql.Timestamp.from(noticedAt)).update() == 1;
    }

    /** "taskId/KIND/epochMillis" of the notices already recorded for these tasks. */
    java.util.Set<String> noticed(java.util.Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return java.util.Set.of();
        }
        // in chunks: thousands of overdue tasks must not exceed the driver's limit of bind parameters
        java.util.Set<String> noticed = new java.util.HashSet<>();
        List<String> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            noticed.addAll(jdbc.sql("select task_id, kind, due_at from ratsanfragen.deadline_notice where task_id in (:tasks)")
                    .param("tasks", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getTimestamp(3).getTime()).list());
        }
        return noticed;
    }

    /** The lead's contribution and the item's answer in one statement (one round trip on every answer). */
    void insertAnswer(UUID id, int number, Contribution answer, String answeredBy, MeasureStatus proposedStatus, String state) {
        jdbc.sql("""
                        with contribution as (
                            insert into ratsanfragen.item_contribution (inquiry_id, item_number, unit, role, text, declined,
                                decline_reason, author)
                            values (:id, :number, :unit, :role, :text, false, null, :author))
                        update ratsanfragen.inquiry_item set answer = :text, answered_by = :by, answered_at = now(),
                            proposed_status = :proposed, state = :state, holder = :unit
                        where inquiry_id = :id and number = :number""")
                .param("id", id).param("number", number).param("unit", answer.unit()).param("role", answer.role().name())
                .param("text", answer.text()).param("author", answer.author()).param("by", answeredBy).param("state", state)
                .param("proposed", proposedStatus == null ? null : proposedStatus.name())
                .update();
    }

    int correctAnswer(UUID id, int number, String text) {
        return jdbc.sql("update ratsanfragen.inquiry_item set answer = :text where inquiry_id = :id and number = :number and answer is not null")
                .param("id", id).param("number", number).param("text", text).update();
    }

    List<String> contributingUnits(UUID id) {
        return jdbc.sql("select distinct unit from ratsanfragen.item_contribution where inquiry_id = :id")
                .param("id", id).query(String.class).list();
    }

    void insertContribution(UUID id, int number, Contribution contribution) {
        jdbc.sql("""
                        insert into ratsanfragen.item_contribution (inquiry_id, item_number, unit, role, text, declined,
                            decline_reason, author)
                        values (:id, :number, :unit, :role, :text, :declined, :reason, :author)""")
                .param("id", id).param("number", number).param("unit", contribution.unit())
                .param("role", contribution.role().name()).param("text", contribution.text())
                .param("declined", contribution.declined()).param("reason", contribution.declineReason())
                .param("author", contribution.author()).update();
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

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from ratsanfragen.inquiry where id = :id").param("id", id).query(this::row).optional();
    }

    List<InquiryItem> items(UUID inquiryId) {
        return jdbc.sql("select * from ratsanfragen.inquiry_item where inquiry_id = :id order by number")
                .param("id", inquiryId).query(this::item).list();
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
                .param("awaiting", InquiryProgress.AWAITING_ANSWER).param("limit", limit);
        extensionQuery = extensionQuery.param("limit", limit);
        if (factions != null) {
            statement = statement.param("factions", factions);
            extensionQuery = extensionQuery.param("factions", factions);
        }
        extensionQuery.query(rs -> {
            extensions.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new ArrayList<>()).add(extension(rs));
        });
        return statement.query((rs, n) -> new Listed(new InquirySummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getString("title"), rs.getString("faction"), rs.getTimestamp("received_at").toInstant(),
                date(rs, "due_date"), rs.getString("state"), rs.getInt("items"), rs.getInt("answered"),
                extensions.getOrDefault(rs.getObject("id", UUID.class), List.of())), rs.getInt("with_answer"))).list();
    }

    /** The extensions of an inquiry's deadline, oldest first. */
    List<OpenInquiry.Extension> extensions(UUID id) {
        return jdbc.sql("select previous_due, new_due, reason, extended_at from ratsanfragen.deadline_extension where inquiry_id = :id order by id")
                .param("id", id).query((rs, n) -> extension(rs)).list();
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

    private Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
                rs.getString("faction"), rs.getString("faction_in_document"), rs.getString("committee"),
                date(rs, "document_date"), rs.getTimestamp("received_at").toInstant(), rs.getString("submitted_by"),
                date(rs, "due_date"), rs.getString("state"), rs.getObject("evaluation_id", UUID.class),
                rs.getString("file_name"), rs.getString("format"), json.strings(rs.getString("warnings")));
    }

    private InquiryItem item(ResultSet rs, int number) throws SQLException {
        return new InquiryItem(rs.getInt("number"), ItemKind.valueOf(rs.getString("kind")), rs.getString("text"),
                json.read(rs.getString("section"), new TypeReference<Section>() {
                }), json.strings(rs.getString("measure_refs")),
                json.read(rs.getString("routing"), new TypeReference<RoutingTag>() {
                }), json.strings(rs.getString("routing_hints")), rs.getString("state"), rs.getString("holder"),
                rs.getBoolean("overdue"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }



    /** A released item about a measure, with its answer. */
    record ReleasedAnswer(String reference, String title, String faction, int number, ItemKind kind, String question,
                          String answer, String answeredBy, MeasureStatus proposedStatus) {
    }

    List<ReleasedAnswer> releasedAnswersAbout(UUID evaluationId, String code) {
        return jdbc.sql("""
                        select i.reference, i.title, i.faction, it.number, it.kind, it.text, it.answer, it.answered_by, it.proposed_status
                        from ratsanfragen.inquiry i join ratsanfragen.inquiry_item it on it.inquiry_id = i.id
                        where i.evaluation_id = :evaluation and i.state = 'RELEASED'
                          and it.measure_refs @> jsonb_build_array(cast(:code as text))
                        order by i.reference, it.number""")
                .param("evaluation", evaluationId).param("code", code)
                .query((rs, n) -> new ReleasedAnswer(rs.getString("reference"), rs.getString("title"), rs.getString("faction"),
                        rs.getInt("number"), ItemKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("answer"),
                        rs.getString("answered_by"), rs.getString("proposed_status") == null ? null
                        : MeasureStatus.valueOf(rs.getString("proposed_status"))))
                .list();
    }

    /** An open inquiry's row. */
    record OpenRow(UUID id, String reference, String title, String faction, Instant receivedAt, LocalDate dueDate, String state) {
    }

    /** The open inquiries, or only this one ({@code null}: all), by deadline. */
    List<OpenRow> openRows(List<String> states, UUID only) {
        return jdbc.sql("""
                        select i.id, i.reference, i.title, i.faction, i.received_at, i.due_date, i.state
                        from ratsanfragen.inquiry i where i.state in (:states)""" + (only == null ? "" : " and i.id = :only") + """

                        order by i.due_date nulls first, i.reference""")
                .params(openParams(states, only))
                .query((rs, n) -> new OpenRow(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
                        rs.getString("faction"), rs.getTimestamp("received_at").toInstant(), date(rs, "due_date"), rs.getString("state")))
                .list();
    }

    /**
     * Items of an open inquiry that share a routing and a holder, counted together: all the monitor needs
     * of them (how many, how many answered or overdue, who they are routed to and who holds them).
     */
    record OpenItems(RoutingTag routing, String holder, int items, int answered, int overdue) {
    }

    Map<UUID, List<OpenItems>> itemsOfOpen(List<String> states, UUID only) {
        Map<UUID, List<OpenItems>> items = new HashMap<>();
        // counted in the database, and each distinct routing read once: the items themselves (tens of
        // thousands, with their texts) never leave it. Per inquiry (lateral): each open inquiry's items are
        // found by the primary key, however many released ones there are; a plain join scans all of them.
        Map<String, RoutingTag> routings = new HashMap<>();
        jdbc.sql("""
                        select i.id as inquiry_id, g.routing, g.holder, g.items, g.answered, g.overdue
                        from ratsanfragen.inquiry i cross join lateral (
                            select cast(it.routing as text) as routing, it.holder, count(*) as items,
                                   count(it.answer) filter (where it.state not in (:awaiting)) as answered,
                                   count(*) filter (where it.overdue) as overdue
                            from ratsanfragen.inquiry_item it where it.inquiry_id = i.id
                            group by 1, 2) g
                        where i.state in (:states)""" + (only == null ? "" : " and i.id = :only"))
                .params(openParams(states, only))
                .query(rs -> {
                    String routing = rs.getString("routing");
                    items.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new ArrayList<>()).add(new OpenItems(
                            routing == null ? null : routings.computeIfAbsent(routing, text -> json.read(text, new TypeReference<RoutingTag>() {
                            })), rs.getString("holder"), rs.getInt("items"), rs.getInt("answered"), rs.getInt("overdue")));
                });
        return items;
    }

    Map<UUID, List<OpenInquiry.Extension>> extensionsOfOpen(List<String> states, UUID only) {
        Map<UUID, List<OpenInquiry.Extension>> extensions = new HashMap<>();
        jdbc.sql("""
                        select e.inquiry_id, e.previous_due, e.new_due, e.reason, e.extended_at from ratsanfragen.deadline_extension e
                        join ratsanfragen.inquiry i on i.id = e.inquiry_id where i.state in (:states)"""
                        + (only == null ? "" : " and i.id = :only") + " order by e.id")
                .params(openParams(states, only))
                .query(rs -> {
                    extensions.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new ArrayList<>()).add(extension(rs));
                });
        return extensions;
    }

    List<InquiryHistory.PeriodInquiry> receivedOrAnswered(Instant from, Instant until) {
        Map<UUID, List<RoutingTag>> routings = new HashMap<>();
        List<InquiryHistory.PeriodInquiry> rows = new ArrayList<>();
        jdbc.sql("""
                        with period as (
                            select id from ratsanfragen.inquiry where received_at >= :from and received_at < :until
                            union
                            select id from ratsanfragen.inquiry where released_at >= :from and released_at < :until)
                        select it.inquiry_id, it.routing from ratsanfragen.inquiry_item it join period p on p.id = it.inquiry_id
                        where it.routing is not null""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(rs -> {
                    routings.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new ArrayList<>())
                            .add(json.read(rs.getString("routing"), new TypeReference<RoutingTag>() {
                            }));
                });
        jdbc.sql("""
                        select id, reference, received_at, due_date, released_at from ratsanfragen.inquiry
                        where received_at >= :from and received_at < :until or released_at >= :from and released_at < :until
                        order by received_at""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Timestamp released = rs.getTimestamp("released_at");
                    Involvement involved = Involvement.of(routings.getOrDefault(id, List.of()));
                    rows.add(new InquiryHistory.PeriodInquiry(id, rs.getString("reference"), councilDay(rs.getTimestamp("received_at")),
                            date(rs, "due_date"), released == null ? null : councilDay(released), involved.dezernate(), involved.units()));
                });
        return rows;
    }

    List<InquiryHistory.PeriodExtension> extensionsBetween(Instant from, Instant until) {
        return jdbc.sql("""
                        select i.reference, e.previous_due, e.new_due, e.reason, e.extended_at
                        from ratsanfragen.deadline_extension e join ratsanfragen.inquiry i on i.id = e.inquiry_id
                        where e.extended_at >= :from and e.extended_at < :until order by e.extended_at, e.id""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query((rs, n) -> new InquiryHistory.PeriodExtension(rs.getString("reference"), date(rs, "previous_due"),
                        date(rs, "new_due"), rs.getString("reason"), councilDay(rs.getTimestamp("extended_at"))))
                .list();
    }

    private static OpenInquiry.Extension extension(ResultSet rs) throws SQLException {
        return new OpenInquiry.Extension(date(rs, "previous_due"), date(rs, "new_due"), rs.getString("reason"),
                rs.getTimestamp("extended_at").toInstant());
    }

    private static LocalDate councilDay(Timestamp timestamp) {
        return timestamp.toInstant().atZone(de.ratsanfragen.platform.CouncilTime.ZONE).toLocalDate();
    }

    Map<UUID, InquiryProgress.Outline> outlines(Collection<UUID> ids) {
        Map<UUID, Map<Integer, String>> texts = new HashMap<>();
        jdbc.sql("select inquiry_id, number, text from ratsanfragen.inquiry_item where inquiry_id in (:ids) order by inquiry_id, number")
                .param("ids", ids)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new java.util.TreeMap<>())
                            .put(rs.getInt("number"), rs.getString("text"));
                });
        Map<UUID, InquiryProgress.Outline> outlines = new HashMap<>();
        jdbc.sql("select id, reference, title, due_date from ratsanfragen.inquiry where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    outlines.put(id, new InquiryProgress.Outline(id, rs.getString("reference"), rs.getString("title"),
                            date(rs, "due_date"), texts.getOrDefault(id, Map.of())));
                });
        return outlines;
    }

    private static Map<String, Object> openParams(List<String> states, UUID only) {
        return only == null ? Map.of("states", states, "awaiting", InquiryProgress.AWAITING_ANSWER)
                : Map.of("states", states, "awaiting", InquiryProgress.AWAITING_ANSWER, "only", only);
    }

    Map<Integer, Map<String, Integer>> noticesByItem(UUID id) {
        Map<Integer, Map<String, Integer>> notices = new HashMap<>();
        jdbc.sql("""
                        select cast(item as integer) as number, kind, count(*) as n
                        from ratsanfragen.deadline_notice, unnest(string_to_array(items, ',')) as item
                        where inquiry_id = :id and item <> '' group by 1, 2""")
                .param("id", id)
                .query(rs -> {
                    notices.computeIfAbsent(rs.getInt("number"), number -> new HashMap<>()).put(rs.getString("kind"), rs.getInt("n"));
                });
        return notices;
    }
}
