package de.ratsanfragen.response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.ratsanfragen.inquiry.InquiryReleased;
import de.ratsanfragen.platform.CurrentUser;
import de.ratsanfragen.platform.CouncilClock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a response as they went out: the release freezes version 1, a later correction adds
 * the next; each keeps both formats and their SHA-256, nothing is overwritten, and everything lives in
 * the database (so it survives a restart and travels with the backups).
 */
@Service
class ResponseVersions {

    private final JdbcClient jdbc;
    private final CouncilClock clock;
    private final ResponseCompiler compiler;
    private final ResponsePdf pdf;
    private final ResponseDocx docx;

    ResponseVersions(JdbcClient jdbc, ResponseCompiler compiler, ResponsePdf pdf, ResponseDocx docx, CouncilClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.compiler = compiler;
        this.pdf = pdf;
        this.docx = docx;
    }

    /** Version 1 is frozen in the releasing transaction: no release without its document. */
    @EventListener
    void on(InquiryReleased released) {
        freeze(released.inquiryId(), "Freigabe");
    }

    /** Compiles the current answers as the next version and keeps it. */
    @Transactional
    ResponseVersion freeze(UUID inquiryId, String reason) {
        // the row lock on the inquiry orders two corrections at the same moment
        jdbc.sql("select id from ratsanfragen.inquiry where id = :id for update").param("id", inquiryId).query(UUID.class).single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from ratsanfragen.response_version where inquiry_id = :id")
                .param("id", inquiryId).query(Integer.class).single();
        ResponseDocument document = compiler.compile(inquiryId, version, false);
        byte[] pdfBytes = pdf.render(document);
        byte[] docxBytes = docx.render(document);
        String by = createdBy();
        jdbc.sql("""
                        insert into ratsanfragen.response_version (inquiry_id, version, pdf, pdf_sha256, docx, docx_sha256, reason, created_by,
                            created_at)
                        values (:id, :version, :pdf, :pdfSha, :docx, :docxSha, :reason, :by, :at)""")
                .param("id", inquiryId).param("version", version).param("pdf", pdfBytes).param("pdfSha", sha256(pdfBytes))
                .param("docx", docxBytes).param("docxSha", sha256(docxBytes)).param("reason", reason).param("by", by)
                .param("at", java.sql.Timestamp.from(clock.now())).update();
        return history(inquiryId).get(version - 1);
    }

    @Transactional(readOnly = true)
    List<ResponseVersion> history(UUID inquiryId) {
        return jdbc.sql("""
                        select v.version, i.reference, v.reason, v.created_by, v.created_at, v.pdf_sha256, v.docx_sha256
                        from ratsanfragen.response_version v join ratsanfragen.inquiry i on i.id = v.inquiry_id
                        where v.inquiry_id = :id order by v.version""")
                .param("id", inquiryId)
                .query((rs, n) -> new ResponseVersion(rs.getInt("version"), rs.getString("reference") + "/" + rs.getInt("version"),
                        rs.getString("reason"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("pdf_sha256"), rs.getString("docx_sha256")))
                .list();
    }

    /** A stored file: the given version, or the latest when {@code version} is {@code null}. */
    @Transactional(readOnly = true)
    Optional<ResponseFile> file(UUID inquiryId, Integer version, boolean asPdf) {
        String column = asPdf ? "pdf" : "docx";
        return jdbc.sql("select v." + column + ", i.reference || '/' || v.version, v." + column + "_sha256"
                        + " from ratsanfragen.response_version v join ratsanfragen.inquiry i on i.id = v.inquiry_id"
                        + " where v.inquiry_id = :id and (cast(:version as integer) is null or v.version = :version)"
                        + " order by v.version desc limit 1")
                .param("id", inquiryId).param("version", version)
                .query((rs, n) -> new ResponseFile(rs.getBytes(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    private static String createdBy() {
        try {
            return CurrentUser.get().userId();
        } catch (RuntimeException noUser) {
            return "system";
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 fehlt in dieser Java-Laufzeit", e);
        }
    }
}
