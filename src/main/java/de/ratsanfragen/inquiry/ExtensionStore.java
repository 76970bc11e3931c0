package de.ratsanfragen.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Extensions of an inquiry's deadline ({@code deadline_extension}), each with its reason and its interim notice. */
@Repository
class ExtensionStore {

    private final JdbcClient jdbc;

    ExtensionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, LocalDate previousDue, LocalDate newDue, String reason, String extendedBy, Instant at) {
        jdbc.sql("""
                        insert into ratsanfragen.deadline_extension (inquiry_id, previous_due, new_due, reason, extended_by, extended_at)
                        values (:id, :previous, :next, :reason, :by, :at)""")
                .param("id", id).param("previous", previousDue).param("next", newDue).param("reason", reason)
                .param("by", extendedBy).param("at", Timestamp.from(at)).update();
    }

    /** The oldest extension whose interim notice is not yet sent. */
    Optional<UnnotifiedExtension> oldestUnnotified(UUID id) {
        return jdbc.sql("""
                        select id, previous_due, new_due, reason from ratsanfragen.deadline_extension
                        where inquiry_id = :id and notified_at is null order by id limit 1""")
                .param("id", id)
                .query((rs, n) -> new UnnotifiedExtension(rs.getLong("id"), rs.getDate("previous_due").toLocalDate(),
                        rs.getDate("new_due").toLocalDate(), rs.getString("reason")))
                .optional();
    }

    void markNotified(long extensionId, Instant at) {
        jdbc.sql("update ratsanfragen.deadline_extension set notified_at = :at where id = :id")
                .param("id", extensionId).param("at", Timestamp.from(at)).update();
    }

    /** The extensions of an inquiry's deadline, oldest first. */
    List<OpenInquiry.Extension> of(UUID id) {
        return jdbc.sql("select previous_due, new_due, reason, extended_at from ratsanfragen.deadline_extension where inquiry_id = :id order by id")
                .param("id", id).query((rs, n) -> extension(rs)).list();
    }

    static OpenInquiry.Extension extension(ResultSet rs) throws SQLException {
        return new OpenInquiry.Extension(InquiryStore.date(rs, "previous_due"), InquiryStore.date(rs, "new_due"), rs.getString("reason"),
                rs.getTimestamp("extended_at").toInstant());
    }
}
