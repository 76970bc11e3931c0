package de.ratsanfragen;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the test JVM: the real service on a random port, with its
 * embedded PostgreSQL in a fresh directory under {@code target/}, the real Camunda engine and the
 * demo users, and the service's clock as a {@link TestClock} that a test can move. Every test class that
 * needs the running service extends this class, so that Spring caches a single context (two contexts
 * would start two engines named "default").
 */
@SpringBootTest(classes = RatsanfragenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Registration.class)
public abstract class ServiceTestSupport {

    public static final String DEMO_PASSWORD = "demo";
    private static final Path DATA_DIRECTORY = Path.of("target", "test-postgres", UUID.randomUUID().toString());

    /** A real SMTP server for the whole test JVM; tests read what the service sent from it. */
    protected static final GreenMail MAIL = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        MAIL.start();
    }

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("ratsanfragen.embedded-database.data-directory", DATA_DIRECTORY::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        // timers and asynchronous steps are run by the tests themselves, with the engine's clock moved
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        // tests look at deadlines themselves (DeadlineWatch.watch()) after moving the engine's clock
        registry.add("ratsanfragen.deadline-watch.enabled", () -> "false");
    }

    @BeforeEach
    void pointRestAssuredAtTheService() {
        RestAssured.port = port;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A fixed port, so that a test may stop the mail server and start it again where the service expects it. */
    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A request as one of the demo users (HTTP Basic, sent without waiting for a challenge). */
    protected static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, DEMO_PASSWORD);
    }

    protected static Path dataDirectory() {
        return DATA_DIRECTORY;
    }
}
