package de.ratsanfragen.inquiry;

import static de.ratsanfragen.inquiry.InquiryStore.date;
import static de.ratsanfragen.inquiry.InquiryStore.instant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inquiries being answered, as the deadline monitor reads them: three queries however many there are,
 * each by the state index; the items themselves (tens of thousands, with their texts) never leave the database.
 */
@Repository
class OpenInquiries {


    private final JdbcClient jdbc;
    private final JsonColumns json;

    OpenInquiries(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every inquiry being answered, or only this one ({@code null}: all), by deadline. */
    List<OpenInquiry> read(UUID only) {
        return read(only, InquiryState.OPEN);
    }

    /**
     * Every inquiry in these states, or only this one ({@code null}: all), by deadline: the open ones for the
     * monitor's list; one inquiry from triage to its final state for its drill-down (released and withdrawn too).
     */
    List<OpenInquiry> read(UUID only, Collection<InquiryState> states) {
        Map<String, Object> params = params(only, states);
        Map<UUID, List<OpenInquiry.Extension>> extensions = extensions(only, params);
        Map<UUID, List<Group>> items = groups(only, params);
        return jdbc.sql("""
                        select i.id, i.reference, i.title, i.faction, i.received_at, i.due_date, i.state, i.released_at
                        from ratsanfragen.inquiry i where i.state in (:states)""" + (only == null ? "" : " and i.id = :only") + """

                        order by i.due_date nulls first, i.reference""")
                .params(params)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<Group> groups = items.getOrDefault(id, List.of());
                    Involvement involved = Involvement.of(groups.stream().map(Group::routing).toList());
                    Set<String> holders = new TreeSet<>();
                    Set<Integer> overdue = new TreeSet<>();
                    groups.forEach(group -> {
                        holders.addAll(group.holders());
                        overdue.addAll(group.overdue());
                    });
                    return new OpenInquiry(id, rs.getString("reference"), rs.getString("title"), rs.getString("faction"),
                            rs.getTimestamp("received_at").toInstant(), date(rs, "due_date"), InquiryState.valueOf(rs.getString("state")),
                            groups.stream().mapToInt(Group::items).sum(), groups.stream().mapToInt(Group::answered).sum(),
                            overdue.size(), involved.dezernate(), involved.units(), holders,
                            extensions.getOrDefault(id, List.of()), overdue, instant(rs, "released_at"));
                })
                .list();
    }

    /** Items of an open inquiry that share a routing and holders, counted together; the numbers of those marked overdue. */
    private record Group(RoutingTag routing, List<String> holders, int items, int answered, List<Integer> overdue) {
    }

    private Map<UUID, List<Group>> groups(UUID only, Map<String, Object> params) {
        Map<UUID, List<Group>> items = new HashMap<>();
        // each distinct routing read once. Per inquiry (lateral): each open inquiry's items are found by the
        // primary key, however many released ones there are; a plain join scans all of them.
        Map<String, RoutingTag> routings = new HashMap<>();
        jdbc.sql("""
                        select i.id as inquiry_id, g.routing, g.holders, g.items, g.answered, g.overdue
                        from ratsanfragen.inquiry i cross join lateral (
                            select cast(it.routing as text) as routing, it.holders, count(*) as items,
                                   count(it.answer) filter (where it.state not in (:awaiting)) as answered,
                                   array_agg(it.number) filter (where it.overdue) as overdue
                            from ratsanfragen.inquiry_item it where it.inquiry_id = i.id
                            group by 1, 2) g
                        where i.state in (:states)""" + (only == null ? "" : " and i.id = :only"))
                .params(params)
                .query(rs -> {
                    String routing = rs.getString("routing");
                    items.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new ArrayList<>()).add(new Group(
                            routing == null ? null : routings.computeIfAbsent(routing, text -> json.read(text, InquiryQueries.ROUTING)),
                            InquiryStore.strings(rs.getArray("holders")), rs.getInt("items"), rs.getInt("answered"), numbers(rs.getArray("overdue"))));
                });
        return items;
    }

    private static List<Integer> numbers(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : java.util.Arrays.asList((Integer[]) array.getArray());
    }

    private Map<UUID, List<OpenInquiry.Extension>> extensions(UUID only, Map<String, Object> params) {
        Map<UUID, List<OpenInquiry.Extension>> extensions = new HashMap<>();
        jdbc.sql("""
                        select e.inquiry_id, e.previous_due, e.new_due, e.reason, e.extended_at from ratsanfragen.deadline_extension e
                        join ratsanfragen.inquiry i on i.id = e.inquiry_id where i.state in (:states)"""
                        + (only == null ? "" : " and i.id = :only") + " order by e.id")
                .params(params)
                .query(rs -> {
                    extensions.computeIfAbsent(rs.getObject("inquiry_id", UUID.class), id -> new ArrayList<>())
                            .add(ExtensionStore.extension(rs));
                });
        return extensions;
    }

    private static Map<String, Object> params(UUID only, Collection<InquiryState> states) {
        Map<String, Object> params = new HashMap<>();
        params.put("states", InquiryQueries.names(states));
        params.put("awaiting", InquiryQueries.names(ItemState.AWAITING_ANSWER));
        if (only != null) {
            params.put("only", only);
        }
        return params;
    }
}
