package de.ratsanfragen.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.organization.UnitKind;
import de.ratsanfragen.platform.CouncilClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.lang.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the service's mails to the addresses in the organization directory, synchronously: when
 * this returns, the SMTP server has accepted the mail; when it cannot, a {@link MailException} is
 * thrown, so that the calling job is retried and does not lose the mail.
 * <p>
 * Without an SMTP server ({@code spring.mail.host} unset, the embedded default) Spring Boot creates
 * no {@link JavaMailSender}; mails are then written to the log at INFO instead.
 * <p>
 * An unknown unit, or one without an address, is a programming error of the caller:
 * {@link IllegalArgumentException} naming the unit.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final OrganizationDirectory directory;
    private final String from;
    private final JavaMailSender mailSender;
    private final MailTexts texts;
    private final CouncilClock clock;

    @Autowired
    Notifications(OrganizationDirectory directory, NotificationProperties properties,
                  ObjectProvider<JavaMailSender> mailSender, CouncilClock clock) {
        this(directory, properties, mailSender.getIfAvailable(), clock);
    }

    Notifications(OrganizationDirectory directory, NotificationProperties properties,
                  @Nullable JavaMailSender mailSender, CouncilClock clock) {
        this.directory = directory;
        this.from = properties.from();
        this.mailSender = mailSender;
        this.texts = new MailTexts(properties.baseUrl(), directory.council().name(), directory.obOffice().name());
        this.clock = clock;
    }

    /** Reminds a unit of a task that is due soon. */
    public void remindUnit(String unitCode, Reminder reminder) {
        Unit unit = unit(unitCode);
        send(List.of(unit), texts.reminder(unit, reminder), false);
    }

    /**
     * Tells the unit's Dezernat and the OB office that its task is overdue; one mail to both, marked
     * urgent. A Dezernat's own task goes to the Dezernat itself, the OB office's only to the OB office.
     */
    public void escalate(String unitCode, Escalation escalation) {
        Unit unit = unit(unitCode);
        List<Unit> recipients = new ArrayList<>();
        Unit dezernat = dezernatOf(unit);
        if (dezernat != null) {
            recipients.add(dezernat);
        }
        recipients.add(directory.obOffice());
        send(recipients, texts.escalation(unit, escalation), true);
    }

    /** Tells the faction that its inquiry's deadline was extended, and why. */
    public void interimNotice(String factionCode, InterimNotice notice) {
        send(List.of(unit(factionCode)), texts.interimNotice(notice), false);
    }

    /** Tells the faction that the answer to its inquiry is released. */
    public void released(String factionCode, Released released) {
        send(List.of(unit(factionCode)), texts.released(released), false);
    }

    private Unit unit(String code) {
        Unit unit = directory.find(code)
                .orElseThrow(() -> new IllegalArgumentException("Unbekannte Einheit „" + code + "“ im Organisationsverzeichnis"));
        if (unit.mail() == null || unit.mail().isBlank()) {
            throw new IllegalArgumentException("Einheit „" + unit.code() + "“ (" + unit.name() + ") hat keine E-Mail-Adresse");
        }
        return unit;
    }

    /** The nearest Dezernat above (or at) the unit; {@code null} for units outside any Dezernat. */
    private Unit dezernatOf(Unit unit) {
        Set<String> seen = new LinkedHashSet<>();
        Unit current = unit;
        while (current != null && seen.add(current.code())) {
            if (current.kind() == UnitKind.DEZERNAT) {
                return unit(current.code());
            }
            current = current.parent() == null ? null : directory.find(current.parent()).orElse(null);
        }
        return null;
    }

    private void send(List<Unit> recipients, MailTexts.Text text, boolean urgent) {
        String[] to = recipients.stream().map(Unit::mail).distinct().toArray(String[]::new);
        if (mailSender == null) {
            log.info("Mail nicht versandt (kein SMTP-Server konfiguriert): an {}, Betreff „{}“\n{}",
                    String.join(", ", to), text.subject(), text.body());
            return;
        }
        mailSender.send(message -> {
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(text.subject());
            mail.setText(text.body(), false);
            mail.setSentDate(Date.from(clock.now()));
            if (urgent) {
                mail.setPriority(1);
            }
        });
        log.info("Mail an {} versandt: {}", String.join(", ", to), text.subject());
    }
}
