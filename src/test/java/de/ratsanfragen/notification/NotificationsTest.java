package de.ratsanfragen.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.ratsanfragen.TestClock;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.platform.CouncilClock;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Every notification through a real SMTP server (GreenMail on a free port) and Spring's
 * {@link JavaMailSenderImpl}, against the shipped Erfurt directory; no application context.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationsTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final OrganizationDirectory ERFURT = OrganizationDirectory.load(new ClassPathResource("organization/erfurt.yml"));
    private static final NotificationProperties PROPERTIES =
            new NotificationProperties("Ratsanfragen Erfurt <ratsanfragen@erfurt.example>", "https://ratsanfragen.erfurt.example/");
    private static final CouncilClock CLOCK = new CouncilClock(TestClock.at(Instant.parse("2026-12-03T08:00:00Z")));
    private static final String SUBJECT = "Anmerkungen und Fragen zur 3. Evaluation des Integrationskonzepts";

    private static JavaMailSenderImpl senderTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    private Notifications notifications() {
        return new Notifications(ERFURT, PROPERTIES, senderTo(smtp.getSmtp().getPort()), CLOCK);
    }

    private MimeMessage onlyMail() {
        // GreenMail keeps one copy per recipient
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).isNotEmpty();
        return received[0];
    }

    private static List<String> to(MimeMessage mail) throws MessagingException {
        Address[] to = mail.getRecipients(Message.RecipientType.TO);
        return Arrays.stream(to).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    private static String body(MimeMessage mail) throws MessagingException, IOException {
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        // SMTP carries lines ending in CRLF
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    @Test
    void aReminderGoesToTheUnitWithTaskDueDateAndADirectLink() throws Exception {
        notifications().remindUnit("A50", new Reminder("ANF-2026-0001", SUBJECT, List.of(12),
                "Frage 12 beantworten – ANF-2026-0001", LocalDate.of(2025, 11, 3), "4711-abc"));

        MimeMessage mail = onlyMail();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(to(mail)).containsExactly("amt50@erfurt.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("ratsanfragen@erfurt.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Ratsanfragen Erfurt");
        assertThat(mail.getSubject()).isEqualTo("ANF-2026-0001: Erinnerung – Frage 12 fällig am 03.11.2025");
        assertThat(body(mail))
                .startsWith("Sehr geehrte Damen und Herren,")
                .contains("eine Aufgabe für Amt für Soziales, die am 03.11.2025 fällig ist")
                .contains("Aufgabe:   Frage 12 beantworten – ANF-2026-0001")
                .contains("Anfrage:   ANF-2026-0001 „" + SUBJECT + "“")
                .contains("Frage:     12\n")
                .contains("Fällig am: 03.11.2025")
                .contains("https://ratsanfragen.erfurt.example/camunda/app/tasklist/default/#/?task=4711-abc")
                .contains("Mit freundlichen Grüßen", "Ratsanfragen – Landeshauptstadt Erfurt")
                .doesNotContain("<", "null");
        assertThat(mail.getHeader("X-Priority")).isNull();
    }

    @Test
    void aReminderForSeveralItemsOrTheWholeInquiryNamesThemSo() throws Exception {
        Notifications notifications = notifications();
        notifications.remindUnit("D05", new Reminder("ANF-2026-0002", null, List.of(3, 5, 7),
                "Mitzeichnung – ANF-2026-0002", LocalDate.of(2026, 1, 2), null));
        notifications.remindUnit("OB", new Reminder("ANF-2026-0003", SUBJECT, List.of(),
                "Anfrage prüfen und verteilen – ANF-2026-0003", LocalDate.of(2026, 2, 9), null));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(to(received[0])).containsExactly("dezernat05@erfurt.example");
        assertThat(received[0].getSubject()).isEqualTo("ANF-2026-0002: Erinnerung – Fragen 3, 5 und 7 fällig am 02.01.2026");
        assertThat(body(received[0])).contains("Fragen:    3, 5 und 7", "Anfrage:   ANF-2026-0002\n")
                .contains("https://ratsanfragen.erfurt.example/camunda/app/tasklist/default/\n");
        assertThat(to(received[1])).containsExactly("bereich-ob@erfurt.example");
        assertThat(received[1].getSubject()).isEqualTo("ANF-2026-0003: Erinnerung – Aufgabe fällig am 09.02.2026");
        assertThat(body(received[1])).contains("eine Aufgabe für Bereich Oberbürgermeister").doesNotContain("Frage:");
    }

    @Test
    void anEscalationGoesToTheDezernatAndTheObOfficeMarkedOverdueAndUrgent() throws Exception {
        notifications().escalate("BMI", new Escalation("ANF-2026-0001", SUBJECT, List.of(4, 9),
                "Frage 4 beantworten – ANF-2026-0001", LocalDate.of(2025, 10, 31)));

        assertThat(smtp.getReceivedMessages()).as("one copy per recipient").hasSize(2);
        MimeMessage mail = onlyMail();
        assertThat(to(mail)).containsExactly("dezernat01@erfurt.example", "bereich-ob@erfurt.example");
        assertThat(mail.getSubject())
                .isEqualTo("ANF-2026-0001: Überfällig – Fragen 4 und 9 (Büro für Migration und Integration), fällig am 31.10.2025");
        assertThat(mail.getHeader("X-Priority")).isNotNull().allSatisfy(priority -> assertThat(priority).startsWith("1"));
        assertThat(body(mail))
                .contains("war am 31.10.2025 fällig und ist noch nicht erledigt", "als überfällig geführt")
                .contains("Zuständig: Büro für Migration und Integration (BMI)")
                .contains("Fragen:    4 und 9")
                .contains("(zuständig: Bereich Oberbürgermeister)")
                .doesNotContain("tasklist");
        assertThat(smtp.getReceivedMessagesForDomain("erfurt.example")).hasSize(2);
    }

    @Test
    void aDezernatsOwnOverdueTaskGoesToItAndTheObOffice_theObOfficesOnlyToItself() throws Exception {
        Notifications notifications = notifications();
        notifications.escalate("D03", new Escalation("ANF-2026-0004", SUBJECT, List.of(), "Mitzeichnung – ANF-2026-0004",
                LocalDate.of(2026, 3, 2)));
        notifications.escalate("OB", new Escalation("ANF-2026-0004", SUBJECT, List.of(), "Freigabe – ANF-2026-0004",
                LocalDate.of(2026, 3, 3)));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(to(received[0])).containsExactly("dezernat03@erfurt.example", "bereich-ob@erfurt.example");
        assertThat(to(received[2])).containsExactly("bereich-ob@erfurt.example");
        assertThat(received[2].getSubject()).isEqualTo("ANF-2026-0004: Überfällig – Aufgabe (Bereich Oberbürgermeister), fällig am 03.03.2026");
    }

    @Test
    void anInterimNoticeTellsTheFactionTheNewDeadlineAndTheReason() throws Exception {
        notifications().interimNotice("GRUENE", new InterimNotice("ANF-2026-0001", SUBJECT, LocalDate.of(2025, 12, 16),
                LocalDate.of(2026, 1, 13), "Die Zuarbeit des Jugendamts erfordert eine Abstimmung mit dem Träger;\n"
                        + "über die Feiertage ist sie nicht möglich."));

        MimeMessage mail = onlyMail();
        assertThat(to(mail)).containsExactly("gruene-fraktion@erfurt.example");
        assertThat(mail.getSubject()).isEqualTo("ANF-2026-0001: Zwischennachricht – Frist verlängert bis 13.01.2026");
        assertThat(body(mail))
                .contains("Ihre Anfrage\n\n    ANF-2026-0001 „" + SUBJECT + "“\n\nkann leider nicht bis zum 16.12.2025 beantwortet")
                .contains("Die Frist für die\nBeantwortung wurde bis zum 13.01.2026 verlängert.")
                .contains("Begründung:\nDie Zuarbeit des Jugendamts erfordert eine Abstimmung mit dem Träger;\n"
                        + "über die Feiertage ist sie nicht möglich.")
                .contains("https://ratsanfragen.erfurt.example/anfragen")
                .endsWith("Mit freundlichen Grüßen\nBereich Oberbürgermeister\nLandeshauptstadt Erfurt");
    }

    @Test
    void aReleaseTellsTheFactionWhereTheAnswerIs() throws Exception {
        notifications().released("LINKE", new Released("ANF-2026-0007", "Kitaplätze für Geflüchtete", LocalDate.of(2026, 2, 20)));

        MimeMessage mail = onlyMail();
        assertThat(to(mail)).containsExactly("linke-fraktion@erfurt.example");
        assertThat(mail.getSubject()).isEqualTo("ANF-2026-0007: Antwort auf Ihre Anfrage freigegeben");
        assertThat(body(mail))
                .contains("die Antwort auf Ihre Anfrage\n\n    ANF-2026-0007 „Kitaplätze für Geflüchtete“\n\nwurde am 20.02.2026 freigegeben.")
                .contains("https://ratsanfragen.erfurt.example/anfragen");
    }

    @Test
    void anUnknownUnitIsAProgrammingErrorNamingIt() {
        Notifications notifications = notifications();
        assertThatThrownBy(() -> notifications.remindUnit("A99", new Reminder("ANF-2026-0001", SUBJECT, List.of(1),
                "Frage 1 beantworten – ANF-2026-0001", LocalDate.of(2026, 1, 5), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A99");
        assertThatThrownBy(() -> notifications.released("CDU", new Released("ANF-2026-0001", SUBJECT, LocalDate.of(2026, 1, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CDU");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void anExtensionWithoutReasonIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new InterimNotice("ANF-2026-0001", SUBJECT, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ANF-2026-0001");
    }

    @Test
    void aServerThatIsNotThereFailsTheCallSoThatTheJobIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Notifications notifications = new Notifications(ERFURT, PROPERTIES, senderTo(closedPort), CLOCK);

        assertThatThrownBy(() -> notifications.released("GRUENE", new Released("ANF-2026-0001", SUBJECT, LocalDate.of(2026, 1, 5))))
                .isInstanceOf(MailException.class);
    }

    @Test
    void aStoppedServerFailsTheCallToo() {
        Notifications notifications = notifications();
        smtp.stop();

        assertThatThrownBy(() -> notifications.escalate("A50", new Escalation("ANF-2026-0001", SUBJECT, List.of(2),
                "Frage 2 beantworten – ANF-2026-0001", LocalDate.of(2026, 1, 5))))
                .isInstanceOf(MailException.class);
    }

    @Test
    void withoutAnSmtpServerTheMailIsLoggedNotSent(CapturedOutput output) {
        Notifications notifications = new Notifications(ERFURT, PROPERTIES, (org.springframework.mail.javamail.JavaMailSender) null, CLOCK);

        notifications.interimNotice("GRUENE", new InterimNotice("ANF-2026-0001", SUBJECT, LocalDate.of(2025, 12, 16),
                LocalDate.of(2026, 1, 13), "Abstimmung über die Feiertage"));

        assertThat(output).contains("Mail nicht versandt (kein SMTP-Server konfiguriert): an gruene-fraktion@erfurt.example")
                .contains("ANF-2026-0001: Zwischennachricht – Frist verlängert bis 13.01.2026")
                .contains("Abstimmung über die Feiertage");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
