package de.ratsanfragen.inquiry;

import static de.ratsanfragen.inquiry.InquiryStore.date;
import static de.ratsanfragen.inquiry.InquiryStore.instant;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.platform.CouncilTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The released and withdrawn inquiries, a page at a time: one statement along {@code inquiry_archive_idx}
 * (newest receipt first) that stops at the page's end; items and extensions are counted for the page's rows only.
 */
@Repository
class ArchivedInquiries {

    private final JdbcClient jdbc;

    ArchivedInquiries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArchivedInquiry> read(ArchiveQuery query) {
        StringBuilder where = new StringBuilder("i.state in ('RELEASED', 'WITHDRAWN')");
        Map<String, Object> params = new HashMap<>();
        if (query.year() != null) {
            where.append(" and i.received_at >= :from and i.received_at < :to");
            params.put("from", startOf(query.year()));
            params.put("to", startOf(query.year() + 1));
        }
        if (query.faction() != null) {
            where.append(" and i.faction = :faction");
            params.put("faction", query.faction());
        }
        if (query.text() != null) {
            where.append(" and i.title ilike :text escape '\\'");
            params.put("text", "%" + literal(query.text()) + "%");
        }
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        return jdbc.sql("""
                        select i.id, i.reference, i.title, i.faction, i.received_at, i.due_date, i.state, i.released_at,
                               (select count(*) from ratsanfragen.inquiry_item it where it.inquiry_id = i.id) as items,
                               (select count(*) from ratsanfragen.deadline_extension e where e.inquiry_id = i.id) as extensions
                        from ratsanfragen.inquiry i""" + " where " + where + """

                        order by i.received_at desc, i.reference desc limit :limit offset :offset""")
                .params(params)
                .query((rs, n) -> new ArchivedInquiry(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
                        rs.getString("faction"), rs.getTimestamp("received_at").toInstant(), date(rs, "due_date"),
                        InquiryState.valueOf(rs.getString("state")), instant(rs, "released_at"), rs.getInt("items"),
                        rs.getInt("extensions")))
                .list();
    }

    /** The first moment of a year in the council's time. */
    private static Timestamp startOf(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(CouncilTime.ZONE).toInstant());
    }

    /** The text as a LIKE pattern matches it literally: its wildcards and the escape character escaped. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
