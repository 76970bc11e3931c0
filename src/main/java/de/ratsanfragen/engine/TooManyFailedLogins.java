package de.ratsanfragen.engine;

import java.time.Duration;

/**
 * A login refused without looking at the password, because its client (or the account, for clients it
 * does not know) had too many wrong passwords lately. The message is German, for the user.
 */
public class TooManyFailedLogins extends RuntimeException {

    private final LoginThrottle.Scope scope;
    private final Duration retryAfter;

    TooManyFailedLogins(LoginThrottle.Scope scope, Duration retryAfter) {
        super(message(scope, retryAfter));
        this.scope = scope;
        this.retryAfter = retryAfter;
    }

    /** What was counted: this account from this client, this client, or this account from unknown clients. */
    public LoginThrottle.Scope scope() {
        return scope;
    }

    /** How long to wait at least. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** For the {@code Retry-After} header: whole seconds, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static String message(LoginThrottle.Scope scope, Duration wait) {
        String again = "Bitte versuchen Sie es in " + german(wait) + " erneut.";
        return switch (scope) {
            case ACCOUNT_FROM_CLIENT -> "Zu viele fehlgeschlagene Anmeldungen mit diesem Benutzernamen von Ihrem Gerät aus. " + again;
            case CLIENT -> "Zu viele fehlgeschlagene Anmeldungen von Ihrem Gerät aus. " + again;
            case ACCOUNT -> "Zu viele fehlgeschlagene Anmeldungen mit diesem Benutzernamen. Von einem Gerät, mit dem Sie "
                    + "sich zuletzt angemeldet haben, geht es weiter; sonst versuchen Sie es bitte in " + german(wait)
                    + " erneut oder bitten die Administration, die Sperre aufzuheben.";
        };
    }

    /** "einer Sekunde", "40 Sekunden", "einer Minute", "15 Minuten" (rounded up). */
    static String german(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds == 1 ? "einer Sekunde" : seconds + " Sekunden";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "einer Minute" : minutes + " Minuten";
    }
}
