package de.ratsanfragen.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * One evaluated measure (Erfurt: Maßnahme of an Empfehlung) or goal (Jena: Ziel).
 *
 * @param code        {@code HF1/E2/M1} (Handlungsfeld/Empfehlung/Maßnahme) or {@code Z18} (Ziel 18)
 * @param text        what the measure says ("Kurzfassung")
 * @param topic       where it stands in the report: Handlungsfeld or topic heading ("1.1 Rahmenbedingungen …")
 * @param responsible the responsible units as the report lists them (Verantwortungsbereich, Ansprechpartner)
 * @param lead        the leading unit where the report marks one (underlined in Erfurt), else {@code null}
 * @param deadline    the report's Frist/Termin as written ("fortlaufend", "4. Quartal 2022")
 * @param status      the status
 * @param statusLabel the report's own wording of the status, e.g. "Ziel überwiegend erfüllt"; where the report
 *                    runs a note into the same bullet ("Ziel verworfen, wird durch …"), the note is the first
 *                    of {@code statusNotes}
 * @param statusNotes Aktueller Stand / Stand bullets after the status, in order
 * @param outlook     Ausblick bullets (Jena), empty where the report has none
 * @param conceptLink link to the follow-up concept, e.g. "Integrationskonzept 2020, HF 2.1, OpZ 1, M 1", or {@code null}
 * @param cutOffDate  the date the status refers to ("Umsetzung Stand 30.06.2025"), or {@code null}
 */
public record Measure(String code, String text, String topic, String responsible, String lead, String deadline,
                      MeasureStatus status, String statusLabel, List<String> statusNotes, List<String> outlook,
                      String conceptLink, LocalDate cutOffDate) {

    public Measure {
        statusNotes = statusNotes == null ? List.of() : List.copyOf(statusNotes);
        outlook = outlook == null ? List.of() : List.copyOf(outlook);
    }
}
