package de.ratsanfragen.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import de.ratsanfragen.platform.CouncilClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret in each user's calendar link. Calendar apps cannot log in, so whoever knows the link reads
 * that user's deadlines: the token is 256 random bits, shown once, and only its SHA-256 is stored. A
 * user has at most one active token; renewing or revoking keeps the old hash with {@code revoked_at},
 * so that an outdated link can be told apart from one that never existed.
 */
@Service
class CalendarTokens {

    /** A token as handed out, the only time it is seen. */
    record IssuedToken(String token, Instant createdAt) {
    }

    /** A presented token as stored: whose it is, and whether it still counts. */
    record StoredToken(String userId, Instant revokedAt) {

        boolean revoked() {
            return revokedAt != null;
        }
    }

    private static final int TOKEN_BYTES = 32;
    /** 32 bytes in base64url without padding are 43 characters. */
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** First key of the advisory lock that orders two renewals by the same user. */
    private static final int RENEWAL_LOCK = 0x6361_6c31;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CouncilClock clock;

    CalendarTokens(JdbcClient jdbc, CouncilClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the user; the user's previous token stops working. */
    @Transactional
    IssuedToken renew(String userId) {
        // without it, two renewals at the same moment would both find no active token and collide on the unique index
        jdbc.sql("select pg_advisory_xact_lock(:lock, hashtext(:user))").param("lock", RENEWAL_LOCK).param("user", userId)
                .query().singleRow();
        Timestamp now = Timestamp.from(clock.now());
        revoke(userId, now);
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant createdAt = jdbc.sql("""
                        insert into ratsanfragen.calendar_token (token_sha256, user_id, created_at) values (:hash, :user, :now)
                        returning created_at""")
                .param("hash", sha256(token)).param("user", userId).param("now", now).query(CalendarTokens::instant).single();
        return new IssuedToken(token, createdAt);
    }

    /** Since when the user's token is active, or empty without one. */
    @Transactional(readOnly = true)
    Optional<Instant> activeSince(String userId) {
        return jdbc.sql("select created_at from ratsanfragen.calendar_token where user_id = :user and revoked_at is null")
                .param("user", userId).query(CalendarTokens::instant).optional();
    }

    /** The user's token stops working; {@code false} if there was none. */
    @Transactional
    boolean revoke(String userId) {
        return revoke(userId, Timestamp.from(clock.now()));
    }

    private boolean revoke(String userId, Timestamp now) {
        return jdbc.sql("update ratsanfragen.calendar_token set revoked_at = :now where user_id = :user and revoked_at is null")
                .param("now", now).param("user", userId).update() > 0;
    }

    /** The stored token for what a calendar app presented; empty for anything never handed out. */
    @Transactional(readOnly = true)
    Optional<StoredToken> find(String token) {
        if (token == null || !TOKEN_FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        // looked up by its hash: the token itself is never compared or kept
        return jdbc.sql("select user_id, revoked_at from ratsanfragen.calendar_token where token_sha256 = :hash")
                .param("hash", sha256(token))
                .query((row, number) -> new StoredToken(row.getString("user_id"),
                        row.getTimestamp("revoked_at") == null ? null : row.getTimestamp("revoked_at").toInstant()))
                .optional();
    }

    private static Instant instant(ResultSet row, int number) throws SQLException {
        return row.getTimestamp(1).toInstant();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
