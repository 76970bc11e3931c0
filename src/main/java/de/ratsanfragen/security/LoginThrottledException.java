package de.ratsanfragen.security;

import de.ratsanfragen.engine.TooManyFailedLogins;
import org.springframework.security.core.AuthenticationException;

/** A login refused because its client guessed too often lately: answered 429 with {@code Retry-After}, not 401. */
class LoginThrottledException extends AuthenticationException {

    private final transient TooManyFailedLogins refusal;

    LoginThrottledException(TooManyFailedLogins refusal) {
        super(refusal.getMessage(), refusal);
        this.refusal = refusal;
    }

    /** For the {@code Retry-After} header. */
    long retryAfterSeconds() {
        return refusal.retryAfterSeconds();
    }
}
