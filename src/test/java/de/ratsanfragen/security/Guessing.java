package de.ratsanfragen.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.IntFunction;

import de.ratsanfragen.TestClock;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Password guessing against the running service, from clients told apart by {@code X-Forwarded-For}
 * (the tests call from loopback, which counts as the proxy), with the service's clock moved past each wait.
 */
final class Guessing {

    private Guessing() {
    }

    /** A request from this client. */
    static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client);
    }

    /** A GET with HTTP Basic from this client. */
    static Response basic(String client, String user, String password, String path) {
        return from(client).auth().preemptive().basic(user, password).get(path);
    }

    /**
     * Wrong passwords from the clients given in turn, letting the service's clock pass each wait, until the
     * next login must wait at least {@code wait}: the wait doubles with every wrong password past the free ones.
     *
     * @return how many wrong passwords were checked
     */
    static int untilWaiting(TestClock clock, IntFunction<String> client, IntFunction<String> user, Duration wait) {
        int wrong = 0;
        for (int i = 0; i < 100; i++) {
            Response answer = basic(client.apply(i), user.apply(i), "geraten", "/api/units");
            if (answer.statusCode() == 401) {
                wrong++;
                continue;
            }
            assertThat(answer.statusCode()).isEqualTo(429);
            long seconds = Long.parseLong(answer.header("Retry-After"));
            if (seconds >= wait.toSeconds()) {
                return wrong;
            }
            clock.move(Duration.ofSeconds(seconds));
        }
        throw new AssertionError(wrong + " wrong passwords checked, and still no wait of " + wait);
    }
}
