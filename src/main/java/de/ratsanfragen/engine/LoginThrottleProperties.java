package de.ratsanfragen.engine;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@link LoginThrottle} slows down password guessing.
 *
 * @param freeFailures    wrong passwords answered at once, per scope, before each further one makes that scope wait
 * @param firstDelay      the wait after the first failure beyond the free ones; it doubles with every further one
 * @param maxDelay        the longest wait
 * @param forgetAfter     failures are forgotten this long after the last one (longer than {@code maxDelay})
 * @param rememberClients a client that logged in to an account is "known" to it for this long after its last
 *                        successful login: guessing by strangers from elsewhere does not slow it down
 * @param maxEntries      at most this many counts (and as many known clients) are kept in memory
 * @param waitForCheck    a login that finds as many password checks of its scope under way as the scope may have at
 *                        once waits this long for one of them to end before it is refused
 */
@ConfigurationProperties("ratsanfragen.login-throttle")
record LoginThrottleProperties(FreeFailures freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
                               Duration rememberClients, Integer maxEntries, Duration waitForCheck) {

    /**
     * @param accountFromClient wrong passwords for one account from one client
     * @param client            wrong passwords from one client, for any accounts
     * @param account           wrong passwords for one account from clients it does not know
     */
    record FreeFailures(Integer accountFromClient, Integer client, Integer account) {

        FreeFailures {
            accountFromClient = atLeastOne(accountFromClient, 5, "account-from-client");
            client = atLeastOne(client, 20, "client");
            account = atLeastOne(account, 20, "account");
        }

        private static int atLeastOne(Integer value, int otherwise, String name) {
            int result = value == null ? otherwise : value;
            if (result < 1) {
                throw new IllegalArgumentException("ratsanfragen.login-throttle.free-failures." + name + " muss mindestens 1 sein, ist " + result);
            }
            return result;
        }
    }

    LoginThrottleProperties {
        freeFailures = freeFailures == null ? new FreeFailures(null, null, null) : freeFailures;
        firstDelay = positive(firstDelay, Duration.ofSeconds(1), "first-delay");
        maxDelay = positive(maxDelay, Duration.ofMinutes(15), "max-delay");
        forgetAfter = positive(forgetAfter, Duration.ofHours(1), "forget-after");
        rememberClients = positive(rememberClients, Duration.ofDays(30), "remember-clients");
        maxEntries = maxEntries == null ? 50_000 : maxEntries;
        waitForCheck = positive(waitForCheck, Duration.ofSeconds(3), "wait-for-check");
        if (maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) <= 0 || maxEntries < 100) {
            throw new IllegalArgumentException("ratsanfragen.login-throttle: first-delay ≤ max-delay < forget-after und "
                    + "max-entries ≥ 100 erwartet, ist " + firstDelay + ", " + maxDelay + ", " + forgetAfter + ", " + maxEntries);
        }
    }

    private static Duration positive(Duration value, Duration otherwise, String name) {
        Duration result = value == null ? otherwise : value;
        if (result.isNegative() || result.isZero()) {
            throw new IllegalArgumentException("ratsanfragen.login-throttle." + name + " muss positiv sein, ist " + result);
        }
        return result;
    }
}
