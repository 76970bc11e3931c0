package de.ratsanfragen.evaluation;

import de.ratsanfragen.document.ContinuedTexts;
import de.ratsanfragen.document.MarkupText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One goal of the Jena report while its lines are read: the heading "Kurzfassung Ziel N:", the
 * Kurzfassung bullets, then the table rows Ansprechpartner, Termin, Stand and Ausblick.
 */
final class JenaGoal {

    private enum Row {
        RESPONSIBLE("Ansprechpartner"), DEADLINE("Termin"), STATUS("Stand"), OUTLOOK("Ausblick");

        private final String label;

        Row(String label) {
            this.label = label;
        }

        static Row named(String label) {
            String name = label.toLowerCase(Locale.GERMAN);
            for (Row row : values()) {
                if (name.startsWith(row.label.toLowerCase(Locale.GERMAN))) {
                    return row;
                }
            }
            return null;
        }
    }

    /** A page break splits the label "Stand Anfang 2020" into "Stand" and a row of its own, "Anfang 2020". */
    private static final Pattern LABEL_TAIL = Pattern.compile("(?:Anfang|Mitte|Ende) \\d{4}");
    private static final Pattern CONCEPT_LINK = Pattern.compile("\\bHF\\s*\\d");

    private final int number;
    private final JenaSection section;
    private final String topic;
    private final ContinuedTexts summary = new ContinuedTexts();
    private final Map<Row, ContinuedTexts> rows = new EnumMap<>(Row.class);
    private final List<String> warnings = new ArrayList<>();
    private Row lastRow;
    private boolean inTable;

    JenaGoal(int number, JenaSection section, String topic) {
        this.number = number;
        this.section = section;
        this.topic = topic;
    }

    int number() {
        return number;
    }

    /** The Kurzfassung ends where the table begins. */
    boolean readsSummary() {
        return !inTable;
    }

    void addSummaryBullet(String text) {
        summary.add(text);
    }

    /** A bullet wrapped over two lines. */
    void continueSummary(String text) {
        summary.continueLast(text);
    }

    void addRow(String rawLabel, String content) {
        inTable = true;
        String label = MarkupText.plain(rawLabel);
        if (LABEL_TAIL.matcher(label).matches()) {
            continueRow(content);
            return;
        }
        Row row = Row.named(label);
        lastRow = null;
        if (row == null) {
            warn("unbekannte Tabellenzeile „" + label + "“ übersprungen.");
        } else if (rows.containsKey(row)) {
            warn("Zeile „" + label + "“ kommt mehrfach vor; nur die erste wird übernommen.");
        } else {
            ContinuedTexts items = new ContinuedTexts();
            TableCell.read(content).forEach(fragment -> items.add(fragment.text()));
            rows.put(row, items);
            lastRow = row;
        }
    }

    /** A row without label continues the cell above it; loose text first completes that cell's last item. */
    void continueRow(String content) {
        inTable = true;
        List<TableCell.Fragment> fragments = TableCell.read(content);
        if (fragments.isEmpty()) {
            return;
        }
        if (lastRow == null) {
            warn("Tabellenzeile ohne Bezeichnung übersprungen: „" + fragments.get(0).text() + "“.");
            return;
        }
        ContinuedTexts items = rows.get(lastRow);
        int next = 0;
        if (!fragments.get(0).listItem() && !items.isEmpty()) {
            items.continueLast(fragments.get(0).text());
            next = 1;
        }
        fragments.subList(next, fragments.size()).forEach(fragment -> items.add(fragment.text()));
    }

    /** The measure, adding a warning to {@code sink} for each thing the document leaves out or contradicts. */
    Measure toMeasure(List<String> sink) {
        String text = summary.isEmpty() ? missing("Kurzfassung") : String.join("\n", summary.toList());
        String responsible = joined(Row.RESPONSIBLE);
        String deadline = joined(Row.DEADLINE);
        List<String> stand = items(Row.STATUS);
        StatusBullet first = stand.isEmpty() ? null : StatusBullet.read(stand.get(0));
        MeasureStatus status = status(first);
        List<String> outlook = outlook();
        Measure measure = new Measure("Z" + number, text, topic, responsible, null, deadline, status,
                first == null ? null : first.label(), notes(first, stand), outlook, conceptLink(outlook), null);
        warnings.forEach(warning -> sink.add("Ziel " + number + ": " + warning));
        return measure;
    }

    private String joined(Row row) {
        List<String> items = items(row);
        return items.isEmpty() ? missing(row.label) : String.join(" ", items);
    }

    private List<String> items(Row row) {
        ContinuedTexts items = rows.get(row);
        return items == null ? List.of() : items.toList();
    }

    private static List<String> notes(StatusBullet first, List<String> stand) {
        List<String> notes = new ArrayList<>();
        if (first != null && !first.note().isEmpty()) {
            notes.add(first.note());
        }
        notes.addAll(stand.subList(Math.min(1, stand.size()), stand.size()));
        return notes;
    }

    /** Section D has no Ausblick: discarded goals are not carried on. */
    private List<String> outlook() {
        List<String> outlook = items(Row.OUTLOOK);
        if (outlook.isEmpty() && section != JenaSection.D) {
            missing(Row.OUTLOOK.label);
        }
        return outlook;
    }

    /** "Integrationskonzept 2020, HF 2.1, OpZ 1, M 1"; Ziel 72 names only "HF 2.5.1, OpZ 2, M 2". */
    private static String conceptLink(List<String> outlook) {
        return outlook.stream().filter(item -> CONCEPT_LINK.matcher(item).find()).findFirst().orElse(null);
    }

    /** The section decides; the first Stand bullet must agree with it, or the status is unclear. */
    private MeasureStatus status(StatusBullet first) {
        MeasureStatus stated = first == null ? null : first.status();
        if (first == null) {
            missing(Row.STATUS.label);
        } else if (stated == null) {
            warn("„Stand“ beginnt nicht mit einem erkennbaren Status: „" + first.label() + "“.");
        }
        if (section == null) {
            warn("steht in keinem der Abschnitte A bis D.");
            return stated == null ? MeasureStatus.UNCLEAR : stated;
        }
        if (stated != null && stated != section.status()) {
            warn("steht in Abschnitt " + section + ", „Stand“ sagt aber „" + first.label()
                    + "“; Status unklar.");
            return MeasureStatus.UNCLEAR;
        }
        return section.status();
    }

    private String missing(String field) {
        warn("„" + field + "“ fehlt.");
        return null;
    }

    private void warn(String warning) {
        warnings.add(warning);
    }
}
