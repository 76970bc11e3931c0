package de.ratsanfragen.deadline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import de.ratsanfragen.platform.StartupProblem;

/**
 * The council's deadline rules, checked when the service starts: a missing, negative or unordered
 * value stops the start with a {@link StartupProblem} that names the property.
 *
 * @param periods          the period per inquiry type; type names are compared without regard to
 *                         case, and {@code -} equals {@code _}
 * @param defaultType      the type applied when an inquiry names none
 * @param stagger          working days before the final deadline at which each internal step is due
 * @param reminderLeadDays working days before a step's due date at which its task comes up as a reminder
 * @param minimumAnswerDays the fewest working days the units should have for their answers; the triage warns
 *                          about a deadline that leaves them fewer
 */
@ConfigurationProperties(DeadlineProperties.PREFIX)
record DeadlineProperties(Map<String, Period> periods, String defaultType, Stagger stagger, Integer reminderLeadDays,
                          Integer minimumAnswerDays) {

    static final String PREFIX = "ratsanfragen.deadlines";

    DeadlineProperties {
        periods = checkedPeriods(periods);
        if (defaultType == null || defaultType.isBlank()) {
            throw missing("default-type", "der Name einer der Anfragearten unter „" + PREFIX + ".periods“");
        }
        defaultType = typeKey(defaultType);
        if (!periods.containsKey(defaultType)) {
            throw problem("„" + PREFIX + ".default-type“ ist „" + defaultType + "“, dafür ist unter „" + PREFIX
                    + ".periods“ keine Frist eingetragen (bekannt: " + String.join(", ", periods.keySet()) + ")");
        }
        if (stagger == null) {
            throw missing("stagger", "Arbeitstage vor der Frist je Schritt (answers, consolidation, sign-off, approval)");
        }
        stagger.check();
        checkNotNegative("reminder-lead-days", reminderLeadDays);
        checkNotNegative("minimum-answer-days", minimumAnswerDays);
    }

    /** The period for a type name as the inquiry gives it; empty if the type is unknown. */
    Optional<Period> period(String type) {
        return Optional.ofNullable(periods.get(typeKey(type)));
    }

    static String typeKey(String type) {
        return type.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * @param amount how many units; at least 1
     * @param unit   what is counted
     * @param label  the German name users choose the type by („Große Anfrage“); without one, the type's name
     *               in words („GROSSE_ANFRAGE“: „Grosse Anfrage“)
     */
    record Period(Integer amount, PeriodUnit unit, String label) {

        /** This period with its label, or the type's name in words where none is configured. */
        Period labelled(String type) {
            if (label != null && !label.isBlank()) {
                return new Period(amount, unit, label.strip());
            }
            String words = java.util.Arrays.stream(type.trim().split("[_\\-\\s]+")).filter(word -> !word.isEmpty())
                    .map(word -> word.substring(0, 1).toUpperCase(Locale.GERMAN) + word.substring(1).toLowerCase(Locale.GERMAN))
                    .collect(java.util.stream.Collectors.joining(" "));
            return new Period(amount, unit, words);
        }
    }

    /**
     * Working days before the final deadline at which each step is due; each step must be due
     * strictly before the next one, so {@code answers > consolidation > signOff > approval >= 0}.
     */
    record Stagger(Integer answers, Integer consolidation, Integer signOff, Integer approval) {

        int daysBefore(Step step) {
            return switch (step) {
                case ANSWERS -> answers;
                case CONSOLIDATION -> consolidation;
                case SIGN_OFF -> signOff;
                case APPROVAL -> approval;
            };
        }

        private void check() {
            checkNotNegative("stagger.answers", answers);
            checkNotNegative("stagger.consolidation", consolidation);
            checkNotNegative("stagger.sign-off", signOff);
            checkNotNegative("stagger.approval", approval);
            checkEarlier("stagger.answers", answers, "stagger.consolidation", consolidation);
            checkEarlier("stagger.consolidation", consolidation, "stagger.sign-off", signOff);
            checkEarlier("stagger.sign-off", signOff, "stagger.approval", approval);
        }

        private static void checkEarlier(String earlier, int earlierDays, String later, int laterDays) {
            if (earlierDays <= laterDays) {
                throw problem("„" + PREFIX + "." + earlier + "“ (" + earlierDays + ") muss größer sein als „" + PREFIX
                        + "." + later + "“ (" + laterDays + "): jeder Schritt ist mehr Arbeitstage vor der Frist "
                        + "fällig als der nächste");
            }
        }
    }

    private static Map<String, Period> checkedPeriods(Map<String, Period> periods) {
        if (periods == null || periods.isEmpty()) {
            throw missing("periods", "mindestens eine Anfrageart mit amount und unit");
        }
        Map<String, Period> byKey = new LinkedHashMap<>();
        periods.forEach((type, period) -> {
            String property = "periods[" + type + "]";
            if (type.isBlank()) {
                throw problem("„" + PREFIX + ".periods“ enthält eine Anfrageart ohne Namen");
            }
            if (period == null || period.amount() == null) {
                throw missing(property + ".amount", "eine ganze Zahl ab 1");
            }
            if (period.amount() < 1) {
                throw problem("„" + PREFIX + "." + property + ".amount“ ist " + period.amount()
                        + ", erwartet wird eine ganze Zahl ab 1");
            }
            if (period.unit() == null) {
                throw missing(property + ".unit", "CALENDAR_DAYS, WORKING_DAYS oder WEEKS");
            }
            if (byKey.put(typeKey(type), period.labelled(type)) != null) {
                throw problem("„" + PREFIX + ".periods“ enthält die Anfrageart „" + typeKey(type) + "“ doppelt");
            }
        });
        return Collections.unmodifiableMap(byKey);
    }

    private static void checkNotNegative(String property, Integer value) {
        if (value == null) {
            throw missing(property, "eine ganze Zahl ab 0 (Arbeitstage)");
        }
        if (value < 0) {
            throw problem("„" + PREFIX + "." + property + "“ ist " + value + ", erwartet wird eine ganze Zahl ab 0");
        }
    }

    private static StartupProblem missing(String property, String expected) {
        return problem("„" + PREFIX + "." + property + "“ fehlt, erwartet wird " + expected);
    }

    private static StartupProblem problem(String message) {
        return new StartupProblem("Fristen: " + message + ".",
                "Den Wert unter „" + PREFIX + "“ in application.yml (oder als Umgebungsvariable) korrigieren; "
                        + "die Voreinstellungen stehen kommentiert in der application.yml des Dienstes.");
    }
}
