package de.ratsanfragen.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.ratsanfragen.organization.Unit;

/**
 * Every text the service mails, in one place: German, plain text, subject lines beginning with the
 * inquiry's reference so that mail clients sort them by inquiry.
 */
final class MailTexts {

    /** A mail's subject and body. */
    record Text(String subject, String body) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    /** Tasklist under Camunda's default application path ({@code camunda.bpm.webapp.application-path}). */
    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    /** The factions' page with their inquiries and each one's state. */
    private static final String INQUIRIES = "/anfragen";

    private static final String REMINDER = """
            Sehr geehrte Damen und Herren,

            wir erinnern freundlich an eine Aufgabe für %s, die am %s fällig ist:

            %s
            Bitte erledigen Sie die Aufgabe bis zu diesem Tag in der Aufgabenliste:
            %s

            Vielen Dank für Ihre Mitwirkung.
            """;

    private static final String ESCALATION = """
            Sehr geehrte Damen und Herren,

            die folgende Aufgabe war am %s fällig und ist noch nicht erledigt; sie wird
            als überfällig geführt:

            %s
            Bitte wirken Sie darauf hin, dass sie umgehend erledigt wird. Ist die Frist der
            Anfrage insgesamt nicht zu halten, kann sie mit Begründung verlängert werden
            (zuständig: %s); die Fraktion erhält dann eine Zwischennachricht.
            """;

    private static final String INTERIM_NOTICE = """
            Sehr geehrte Damen und Herren,

            Ihre Anfrage

                %s

            kann leider nicht bis zum %s beantwortet werden. Die Frist für die
            Beantwortung wurde bis zum %s verlängert.

            Begründung:
            %s

            Den Bearbeitungsstand Ihrer Anfrage können Sie jederzeit einsehen:
            %s

            Wir bitten um Ihr Verständnis.
            """;

    private static final String RELEASED = """
            Sehr geehrte Damen und Herren,

            die Antwort auf Ihre Anfrage

                %s

            wurde am %s freigegeben.

            Sie finden sie mit allen Ihren Anfragen unter:
            %s
            """;

    /** Mails to units come from the service; mails to factions are signed by the OB office. */
    private static final String SIGNATURE_INTERNAL = """

            Mit freundlichen Grüßen
            Ratsanfragen – %s

            Diese Nachricht wurde automatisch erstellt.
            """;

    private static final String SIGNATURE_FACTION = """

            Mit freundlichen Grüßen
            %s
            %s
            """;

    private final String baseUrl;
    private final String council;
    private final String obOffice;

    MailTexts(String baseUrl, String council, String obOffice) {
        this.baseUrl = baseUrl;
        this.council = council;
        this.obOffice = obOffice;
    }

    Text reminder(Unit unit, Reminder reminder) {
        String due = date(reminder.dueDate());
        String subject = reminder.reference() + ": Erinnerung – " + itemsOrTask(reminder.items()) + " fällig am " + due;
        String link = baseUrl + TASKLIST + (reminder.taskId() == null ? "" : "#/?task=" + reminder.taskId());
        String facts = facts(
                "Aufgabe", reminder.taskName(),
                "Anfrage", inquiry(reminder.reference(), reminder.subject()),
                items(reminder.items()), numbers(reminder.items()),
                "Fällig am", due);
        return new Text(subject, REMINDER.formatted(unit.name(), due, facts, link) + internalSignature());
    }

    Text escalation(Unit unit, Escalation escalation) {
        String due = date(escalation.dueDate());
        String subject = escalation.reference() + ": Überfällig – " + itemsOrTask(escalation.items())
                + " (" + unit.name() + "), fällig am " + due;
        String facts = facts(
                "Aufgabe", escalation.taskName(),
                "Zuständig", unit.name() + " (" + unit.code() + ")",
                "Anfrage", inquiry(escalation.reference(), escalation.subject()),
                items(escalation.items()), numbers(escalation.items()),
                "Fällig am", due);
        return new Text(subject, ESCALATION.formatted(due, facts, obOffice) + internalSignature());
    }

    Text interimNotice(InterimNotice notice) {
        String until = date(notice.newDueDate());
        String subject = notice.reference() + ": Zwischennachricht – Frist verlängert bis " + until;
        String body = INTERIM_NOTICE.formatted(inquiry(notice.reference(), notice.subject()),
                date(notice.previousDueDate()), until, notice.reason(), baseUrl + INQUIRIES);
        return new Text(subject, body + factionSignature());
    }

    Text released(Released released) {
        String subject = released.reference() + ": Antwort auf Ihre Anfrage freigegeben";
        String body = RELEASED.formatted(inquiry(released.reference(), released.subject()),
                date(released.releasedOn()), baseUrl + INQUIRIES);
        return new Text(subject, body + factionSignature());
    }

    private String internalSignature() {
        return SIGNATURE_INTERNAL.formatted(council);
    }

    private String factionSignature() {
        return SIGNATURE_FACTION.formatted(obOffice, council);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String inquiry(String reference, String subject) {
        return subject == null || subject.isBlank() ? reference : reference + " „" + subject.strip() + "“";
    }

    private static String items(List<Integer> items) {
        return items.size() == 1 ? "Frage" : "Fragen";
    }

    /** "Frage 12", "Fragen 3, 5 und 7"; tasks on the whole inquiry (triage, sign-off) are just "Aufgabe". */
    private static String itemsOrTask(List<Integer> items) {
        return items.isEmpty() ? "Aufgabe" : items(items) + " " + numbers(items);
    }

    private static String numbers(List<Integer> items) {
        if (items.isEmpty()) {
            return null;
        }
        List<String> numbers = items.stream().map(String::valueOf).toList();
        if (numbers.size() == 1) {
            return numbers.get(0);
        }
        return String.join(", ", numbers.subList(0, numbers.size() - 1)) + " und " + numbers.get(numbers.size() - 1);
    }

    /** Label/value lines, labels aligned; a {@code null} value leaves its line out. */
    private static String facts(String... labelsAndValues) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] != null) {
                rows.add(new String[] {labelsAndValues[i] + ":", labelsAndValues[i + 1]});
            }
        }
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append("    ").append(row[0]).append(" ".repeat(width - row[0].length() + 1)).append(row[1]).append('\n');
        }
        return out.toString();
    }
}
