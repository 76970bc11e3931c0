package de.ratsanfragen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import de.ratsanfragen.TestClock;
import de.ratsanfragen.platform.CouncilClock;
import org.junit.jupiter.api.Test;

/** The throttle's rules, with time moved by the test instead of waited for. */
class LoginThrottleTest {

    private final TestClock clock = TestClock.at(Instant.parse("2026-12-03T08:00:00Z"));
    /** The defaults: 5 free failures per account from a client, 20 per client and per account, 1 s doubling to 15 min. */
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(null, null, null, null, null, null,
            Duration.ofMillis(200)),
            new CouncilClock(clock));

    private void fail(String account, String client) {
        try (LoginThrottle.Attempt attempt = throttle.begin(account, client)) {
            attempt.failed();
        }
    }

    private void succeed(String account, String client) {
        try (LoginThrottle.Attempt attempt = throttle.begin(account, client)) {
            attempt.succeeded();
        }
    }

    private TooManyFailedLogins refusal(String account, String client) {
        try (LoginThrottle.Attempt attempt = throttle.begin(account, client)) {
            throw new AssertionError("not refused: " + attempt);
        } catch (TooManyFailedLogins refused) {
            return refused;
        }
    }

    @Test
    void fiveWrongPasswordsGoThroughThenEveryFurtherOneDoublesTheWaitUpToFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            fail("ob", "203.0.113.1");
        }
        fail("ob", "203.0.113.1");
        TooManyFailedLogins refused = refusal("ob", "203.0.113.1");
        assertThat(refused.scope()).isEqualTo(LoginThrottle.Scope.ACCOUNT_FROM_CLIENT);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.getMessage()).isEqualTo("Zu viele fehlgeschlagene Anmeldungen mit diesem Benutzernamen von Ihrem "
                + "Gerät aus. Bitte versuchen Sie es in einer Sekunde erneut.");

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            clock.move(refusal("ob", "203.0.113.1").retryAfter());
            fail("ob", "203.0.113.1");
            waits.add(refusal("ob", "203.0.113.1").retryAfter());
        }
        assertThat(waits).startsWith(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8))
                .contains(Duration.ofSeconds(512)).endsWith(Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertThat(refusal("ob", "203.0.113.1").getMessage()).endsWith("in 15 Minuten erneut.");
    }

    @Test
    void theGuessingClientWaitsAloneTheOwnerLogsInFromElsewhereAndIsKnownThere() {
        for (int i = 0; i < 5; i++) {
            fail("ob", "203.0.113.2");
        }
        refusal("ob", "203.0.113.2");
        succeed("ob", "198.51.100.2");
        refusal("ob", "203.0.113.2");
        // the right password forgets the owner's own failures
        for (int i = 0; i < 4; i++) {
            fail("ob", "198.51.100.2");
        }
        succeed("ob", "198.51.100.2");
        for (int i = 0; i < 4; i++) {
            fail("ob", "198.51.100.2");
        }
        succeed("ob", "198.51.100.2");
    }

    @Test
    void manyClientsGuessingOneAccountSlowDownOnlyTheClientsItDoesNotKnow() {
        succeed("a17", "192.0.2.17");
        for (int i = 1; i <= 20; i++) {
            fail("a17", "203.0.113." + (100 + i));
        }
        TooManyFailedLogins refused = refusal("a17", "198.51.100.99");
        assertThat(refused.scope()).isEqualTo(LoginThrottle.Scope.ACCOUNT);
        assertThat(refused.getMessage()).contains("Von einem Gerät, mit dem Sie sich zuletzt angemeldet haben, geht es weiter",
                "die Sperre aufzuheben");
        // the owner's usual client goes ahead, and so does another account from the new client
        succeed("a17", "192.0.2.17");
        succeed("a11", "198.51.100.99");
        // remembered for 30 days after the last login
        clock.move(Duration.ofDays(29));
        succeed("a17", "192.0.2.17");
        clock.move(Duration.ofDays(29));
        for (int i = 1; i <= 20; i++) {
            fail("a17", "203.0.113." + (100 + i));
        }
        succeed("a17", "192.0.2.17");
        clock.move(Duration.ofDays(31));
        for (int i = 1; i <= 20; i++) {
            fail("a17", "203.0.113." + (100 + i));
        }
        assertThat(refusal("a17", "192.0.2.17").scope()).isEqualTo(LoginThrottle.Scope.ACCOUNT);
    }

    @Test
    void oneClientTryingManyAccountsWaitsForAllOfThemButNotForThoseItLoggedInTo() {
        succeed("d01", "203.0.113.3");
        for (int i = 1; i <= 20; i++) {
            fail("konto" + i, "203.0.113.3");
        }
        TooManyFailedLogins refused = refusal("konto21", "203.0.113.3");
        assertThat(refused.scope()).isEqualTo(LoginThrottle.Scope.CLIENT);
        assertThat(refused.getMessage()).startsWith("Zu viele fehlgeschlagene Anmeldungen von Ihrem Gerät aus.");
        succeed("d01", "203.0.113.3");
        succeed("konto1", "198.51.100.3");
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLast() {
        for (int i = 0; i < 5; i++) {
            fail("a32", "203.0.113.4");
        }
        clock.move(Duration.ofMinutes(59));
        fail("a32", "203.0.113.4");
        assertThat(throttle.locks()).hasSize(3).allSatisfy(lock -> assertThat(lock.failures()).isEqualTo(6));
        assertThat(refusal("a32", "203.0.113.4").retryAfter()).isEqualTo(Duration.ofSeconds(2));
        clock.move(Duration.ofHours(1));
        assertThat(throttle.locks()).isEmpty();
        for (int i = 0; i < 4; i++) {
            fail("a32", "203.0.113.4");
        }
        succeed("a32", "203.0.113.4");
    }

    @Test
    void beyondTheFreeFailuresOnlyOneCheckAtATimeAndABrokenOffCheckCountsNothing() {
        for (int i = 0; i < 5; i++) {
            fail("a40", "203.0.113.5");
        }
        clock.move(Duration.ofSeconds(1));
        try (LoginThrottle.Attempt first = throttle.begin("a40", "203.0.113.5")) {
            assertThat(refusal("a40", "203.0.113.5").retryAfter()).isEqualTo(Duration.ofSeconds(1));
        }
        // the first check broke off (closed without an outcome): nothing was counted, the next may go ahead
        throttle.begin("a40", "203.0.113.5").close();
        assertThat(throttle.locks()).hasSize(3).allSatisfy(lock -> assertThat(lock.failures()).isEqualTo(5));
        // within the free failures, as many at once as are left
        List<LoginThrottle.Attempt> parallel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            parallel.add(throttle.begin("a50", "203.0.113.5"));
        }
        refusal("a50", "203.0.113.5");
        parallel.forEach(LoginThrottle.Attempt::succeeded);
        succeed("a50", "203.0.113.5");
    }

    @Test
    void aLoginFindingEveryFreeCheckUnderWayWaitsForOneToEndInsteadOfBeingRefused() throws Exception {
        LoginThrottle patient = new LoginThrottle(new LoginThrottleProperties(null, null, null, null, null, null,
                Duration.ofSeconds(20)), new CouncilClock(clock));
        List<LoginThrottle.Attempt> underWay = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            underWay.add(patient.begin("linke", "203.0.113.8"));
        }
        java.util.concurrent.CompletableFuture<LoginThrottle.Attempt> sixth =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> patient.begin("linke", "203.0.113.8"));
        Thread.sleep(300);
        assertThat(sixth).isNotDone();
        underWay.get(0).succeeded();
        LoginThrottle.Attempt admitted = sixth.get(10, java.util.concurrent.TimeUnit.SECONDS);
        admitted.succeeded();
        underWay.forEach(LoginThrottle.Attempt::succeeded);
        assertThat(patient.locks()).isEmpty();
    }

    @Test
    void anAdministratorSeesTheCountsAndLiftsThemByAccountOrByClient() {
        for (int i = 0; i < 5; i++) {
            fail("Admin", "203.0.113.6");
            fail("a51", "203.0.113.7");
        }
        List<LoginThrottle.Lock> locks = throttle.locks();
        assertThat(locks).contains(
                new LoginThrottle.Lock(LoginThrottle.Scope.ACCOUNT_FROM_CLIENT, "admin", "203.0.113.6", 5, clock.instant(),
                        clock.instant().plusSeconds(1)),
                new LoginThrottle.Lock(LoginThrottle.Scope.CLIENT, null, "203.0.113.6", 5, clock.instant(), null),
                new LoginThrottle.Lock(LoginThrottle.Scope.ACCOUNT, "admin", null, 5, clock.instant(), null));

        assertThat(throttle.liftAccount("ADMIN")).isEqualTo(2);
        succeed("admin", "203.0.113.6");
        assertThat(throttle.liftClient("203.0.113.7")).isEqualTo(2);
        succeed("a51", "203.0.113.7");
        assertThat(throttle.locks()).extracting(LoginThrottle.Lock::scope)
                .containsExactlyInAnyOrder(LoginThrottle.Scope.CLIENT, LoginThrottle.Scope.ACCOUNT);
    }

    @Test
    void anIpv6ClientCountsByItsNetworkAndMappedIpv4ByItsAddress() {
        assertThat(LoginThrottle.client("2001:db8:1:2::1")).isEqualTo(LoginThrottle.client("2001:db8:1:2:ffff:ee:dd:9"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.client("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.client("2001:db8:1:2::1"));
        assertThat(LoginThrottle.client("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.client("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.client(null)).isEqualTo("unbekannt");
        for (int i = 0; i < 5; i++) {
            fail("a53", "2001:db8:1:2::" + (i + 1));
        }
        refusal("a53", "2001:db8:1:2::ff");
        succeed("a53", "2001:db8:1:9::1");
    }

    @Test
    void waitsReadInGerman() {
        assertThat(TooManyFailedLogins.german(Duration.ofMillis(1))).isEqualTo("einer Sekunde");
        assertThat(TooManyFailedLogins.german(Duration.ofSeconds(40))).isEqualTo("40 Sekunden");
        assertThat(TooManyFailedLogins.german(Duration.ofSeconds(60))).isEqualTo("einer Minute");
        assertThat(TooManyFailedLogins.german(Duration.ofSeconds(61))).isEqualTo("2 Minuten");
    }

    @Test
    void settingsThatCouldNotWorkStopTheStart() {
        assertThatThrownBy(() -> new LoginThrottleProperties(null, null, Duration.ofHours(2), Duration.ofHours(1), null, null, null))
                .hasMessageContaining("forget-after");
        assertThatThrownBy(() -> new LoginThrottleProperties(new LoginThrottleProperties.FreeFailures(0, null, null),
                null, null, null, null, null, null)).hasMessageContaining("account-from-client");
        assertThatThrownBy(() -> new LoginThrottleProperties(null, Duration.ZERO, null, null, null, null, null))
                .hasMessageContaining("first-delay");
    }
}
