package de.ratsanfragen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.platform.CouncilClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The service as Spring Boot wires it, without the whole application: application.yml's defaults,
 * Boot's mail auto-configuration deciding by {@code spring.mail.host} whether mail is sent or logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationsWiringTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    @Import(Notifications.class)
    static class NotificationConfiguration {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withBean(OrganizationDirectory.class, () -> OrganizationDirectory.load(new ClassPathResource("organization/erfurt.yml")))
            .withBean(CouncilClock.class, () -> new CouncilClock(Clock.systemUTC()))
            .withUserConfiguration(NotificationConfiguration.class);

    private static final Reminder REMINDER = new Reminder("ANF-2026-0001", "Integrationskonzept", List.of(12),
            "Frage 12 beantworten – ANF-2026-0001", LocalDate.of(2025, 11, 3), null);

    @Test
    void theDefaultsComeFromApplicationYml() {
        runner.run(context -> {
            NotificationProperties properties = context.getBean(NotificationProperties.class);
            assertThat(properties.from()).isEqualTo("Ratsanfragen <ratsanfragen@erfurt.example>");
            assertThat(properties.baseUrl()).isEqualTo("http://localhost:8080");
        });
    }

    @Test
    void withoutSpringMailHostMailsAreLoggedNotSent(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(JavaMailSender.class);
            context.getBean(Notifications.class).remindUnit("A50", REMINDER);
        });
        assertThat(output).contains("Mail nicht versandt (kein SMTP-Server konfiguriert): an amt50@erfurt.example")
                .contains("ANF-2026-0001: Erinnerung – Frage 12 fällig am 03.11.2025")
                .contains("http://localhost:8080/camunda/app/tasklist/default/");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void withSpringMailHostMailsAreSentWithTheConfiguredSenderAndLinks() throws Exception {
        runner.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort(),
                        "ratsanfragen.mail.from=Ratsanfragen Erfurt <anfragen@erfurt.de>",
                        "ratsanfragen.mail.base-url=https://ratsanfragen.erfurt.de/")
                .run(context -> context.getBean(Notifications.class).remindUnit("A50", REMINDER));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getFrom()[0].toString()).contains("anfragen@erfurt.de");
        assertThat((String) received[0].getContent()).contains("https://ratsanfragen.erfurt.de/camunda/app/tasklist/default/\r\n");
    }

    @Test
    void aBaseUrlThatIsNoUrlStopsTheStart() {
        runner.withPropertyValues("ratsanfragen.mail.base-url=ratsanfragen.erfurt.de")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("ratsanfragen.mail.base-url"));
    }
}
