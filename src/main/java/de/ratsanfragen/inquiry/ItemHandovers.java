package de.ratsanfragen.inquiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.organization.RoutingTag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items units lost to a re-routing ({@code item_handover}): written with the re-routing, in its transaction,
 * read by the units' own page. Nothing here is changed or deleted.
 */
@Service
@Transactional
public class ItemHandovers {

    /** The most a unit's page lists, newest first. */
    static final int SHOWN = 50;

    private final JdbcClient jdbc;

    ItemHandovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each unit that lost the item, with the role it had, handed over to this routing. */
    void record(UUID id, int number, Map<String, Contribution.Role> lost, RoutingTag routing, String by, Instant at) {
        lost.forEach((unit, role) -> jdbc.sql("""
                        insert into ratsanfragen.item_handover (inquiry_id, item_number, unit, role, new_routing, new_lead,
                            handed_over_by, handed_over_at)
                        values (:id, :number, :unit, :role, :routing, :lead, :by, :at)""")
                .param("id", id).param("number", number).param("unit", unit).param("role", role.name())
                .param("routing", routing.raw().strip()).param("lead", routing.lead()).param("by", by)
                .param("at", Timestamp.from(at)).update());
    }

    /** The items these units lost, newest first (at most {@value #SHOWN}). */
    @Transactional(readOnly = true)
    public List<ItemHandover> ofUnits(Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select h.*, i.reference, i.title, it.text from ratsanfragen.item_handover h
                        join ratsanfragen.inquiry i on i.id = h.inquiry_id
                        join ratsanfragen.inquiry_item it on it.inquiry_id = h.inquiry_id and it.number = h.item_number
                        where h.unit = any(cast(:units as text[])) order by h.handed_over_at desc, h.id desc limit :limit""")
                .param("units", units.toArray(String[]::new)).param("limit", SHOWN)
                .query((rs, n) -> {
                    Contribution.Role role = Contribution.Role.valueOf(rs.getString("role"));
                    return new ItemHandover((UUID) rs.getObject("inquiry_id"), rs.getString("reference"), rs.getString("title"),
                            rs.getInt("item_number"), rs.getString("text"), rs.getString("unit"), role, ItemRoles.label(role),
                            rs.getTimestamp("handed_over_at").toInstant(), rs.getString("new_routing"), rs.getString("new_lead"),
                            rs.getString("handed_over_by"));
                })
                .list();
    }
}
