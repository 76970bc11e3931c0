package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to inquiries in a period — received, answered, deadlines extended — as the
 * statistics of the OB office count it. Reads the inquiry tables directly: a report, not a move.
 */
@Service
public class InquiryHistory {

    /**
     * An inquiry received or answered in the period.
     *
     * @param receivedOn the day it came in (council time)
     * @param dueDate    its deadline (as extended), {@code null} if it never got one
     * @param answeredOn the day its answer was released, {@code null} while not answered
     * @param dezernate  the Dezernate its routing tags name
     * @param units      the units its routing tags name
     */
    public record PeriodInquiry(UUID id, String reference, LocalDate receivedOn, LocalDate dueDate, LocalDate answeredOn,
                                Set<String> dezernate, Set<String> units) {
    }

    /** A deadline extended in the period, with its reason. */
    public record PeriodExtension(String reference, LocalDate previousDue, LocalDate newDue, String reason, LocalDate extendedOn) {
    }

    private final JdbcClient jdbc;
    private final JsonColumns json;

    InquiryHistory(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inquiries received or answered from {@code from} (inclusive) to {@code until} (exclusive). */
    @Transactional(readOnly = true)
    public List<PeriodInquiry> receivedOrAnswered(Instant from, Instant until) {
        Map<UUID, List<RoutingTag>> routings = new HashMap<>();
        List<PeriodInquiry> rows = new ArrayList<>();
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
                            .add(json.read(rs.getString("routing"), InquiryQueries.ROUTING));
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
                    rows.add(new PeriodInquiry(id, rs.getString("reference"), councilDay(rs.getTimestamp("received_at")),
                            InquiryStore.date(rs, "due_date"), released == null ? null : councilDay(released), involved.dezernate(), involved.units()));
                });
        return rows;
    }

    /** Extensions granted from {@code from} (inclusive) to {@code until} (exclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<PeriodExtension> extensions(Instant from, Instant until) {
        return jdbc.sql("""
                        select i.reference, e.previous_due, e.new_due, e.reason, e.extended_at
                        from ratsanfragen.deadline_extension e join ratsanfragen.inquiry i on i.id = e.inquiry_id
                        where e.extended_at >= :from and e.extended_at < :until order by e.extended_at, e.id""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query((rs, n) -> new PeriodExtension(rs.getString("reference"), InquiryStore.date(rs, "previous_due"),
                        InquiryStore.date(rs, "new_due"), rs.getString("reason"), councilDay(rs.getTimestamp("extended_at"))))
                .list();
    }

    private static LocalDate councilDay(Timestamp timestamp) {
        return timestamp.toInstant().atZone(de.ratsanfragen.platform.CouncilTime.ZONE).toLocalDate();
    }
}
