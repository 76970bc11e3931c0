package de.ratsanfragen.evaluation;

import de.ratsanfragen.document.MarkupText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads Jena's "Controlling zur Fortschreibung des Integrationskonzepts" (GUIDE §2.3) as converted
 * from PDF to markdown: sections A–D give the status, topic headings ({@code 1.1 …}) the topic, and
 * each "Kurzfassung Ziel N:" a goal with its table. Page breaks repeat section headings, split rows
 * and cells; none of that ends a goal, because a goal runs to the next "Kurzfassung Ziel" heading and
 * keeps the section and topic it started in. The report gives no cut-off date, only "Stand Anfang
 * 2020", so {@code cutOffDate} stays {@code null}; no unit is marked as leading, so {@code lead} too.
 * Whatever cannot be read becomes a German warning; the parser never throws.
 */
final class JenaReportParser {

    /*
     * Rows span the whole line, line separators (U+2028) included: where "." stopped at one, every
     * "</b>\t" of a long row tried the rest of the row again (quadratic time).
     */
    private static final Pattern TABLE_ROW = Pattern.compile("^<b>(.*?)</b>\\t(.*)$", Pattern.DOTALL);
    private static final Pattern CONTINUATION_ROW = Pattern.compile("^\\t(.*)$", Pattern.DOTALL);
    private static final Pattern GOAL_HEADING = Pattern.compile("^#{0,6} ?Kurzfassung Ziel (\\d{1,3}) ?:?$");
    private static final Pattern SECTION_HEADING = Pattern.compile("^#{1,6} ?([A-D]) .*Ziele$");
    /** Topics nest a few levels ("1.1"); a repeated group recurses once per repetition, so it is bounded. */
    private static final Pattern TOPIC_HEADING = Pattern.compile("^#{1,6} ?(\\d{1,2}(?:\\.\\d{1,2}){0,8} .+)$");
    private static final Pattern TITLE = Pattern.compile("^# (.+)$");
    private static final Pattern BULLET = Pattern.compile("^- (.+)$");
    /** "Insgesamt 14 der 82 Ziele von 2016 wurden … verworfen." */
    private static final Pattern STATED_TOTAL = Pattern.compile("\\bder (\\d{1,3}) Ziele\\b");

    /** True for reports of this shape: goals under "Kurzfassung Ziel N" headings. */
    static boolean recognizes(List<String> lines) {
        return lines.stream().filter(line -> line != null
                && GOAL_HEADING.matcher(MarkupText.plain(line).replaceAll("^#+ ?", "")).matches()).limit(2).count() >= 2;
    }

    /** @param lines the document's lines as in the file ({@code text.lines().toList()}); {@code null} reads as empty */
    ImportedEvaluation parse(List<String> lines) {
        if (lines == null || lines.stream().allMatch(line -> line == null || line.isBlank())) {
            return new ImportedEvaluation(null, List.of(),
                    List.of("Das Dokument ist leer; es wurden keine Ziele gelesen."));
        }
        Reading reading = new Reading();
        lines.forEach(reading::accept);
        return reading.result();
    }

    /** The state of one pass over the lines. */
    private static final class Reading {

        private final List<Measure> measures = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<Integer> numbers = new LinkedHashSet<>();
        private String title;
        private Integer statedTotal;
        private JenaSection section;
        private String topic;
        private JenaGoal goal;
        private boolean summaryMayWrap;

        void accept(String raw) {
            String line = raw == null ? "" : raw;
            boolean wrapping = summaryMayWrap;
            summaryMayWrap = false;
            Matcher row = TABLE_ROW.matcher(line);
            Matcher continuation = CONTINUATION_ROW.matcher(line);
            if (row.matches()) {
                onRow(row.group(1), row.group(2));
            } else if (continuation.matches()) {
                onContinuation(continuation.group(1));
            } else {
                onText(MarkupText.plain(line), wrapping);
            }
        }

        private void onRow(String label, String content) {
            // rows outside a goal belong to the table of contents
            if (goal != null) {
                goal.addRow(label, content);
            }
        }

        private void onContinuation(String content) {
            if (goal != null) {
                goal.continueRow(content);
            }
        }

        private void onText(String text, boolean wrapping) {
            Matcher goalHeading = GOAL_HEADING.matcher(text);
            Matcher bullet = BULLET.matcher(text);
            if (goalHeading.matches()) {
                startGoal(Integer.parseInt(goalHeading.group(1)));
            } else if (text.startsWith("#")) {
                onHeading(text);
            } else if (bullet.matches()) {
                onBullet(bullet.group(1));
            } else if (wrapping && !text.isEmpty()) {
                goal.continueSummary(text);
                summaryMayWrap = true;
            } else {
                readStatedTotal(text);
            }
        }

        private void onHeading(String heading) {
            Matcher sectionHeading = SECTION_HEADING.matcher(heading);
            Matcher topicHeading = TOPIC_HEADING.matcher(heading);
            Matcher titleHeading = TITLE.matcher(heading);
            if (sectionHeading.matches()) {
                section = JenaSection.valueOf(sectionHeading.group(1));
            } else if (topicHeading.matches()) {
                topic = topicHeading.group(1);
            } else if (titleHeading.matches() && title == null) {
                title = titleHeading.group(1);
            }
        }

        private void onBullet(String text) {
            if (goal != null && goal.readsSummary()) {
                goal.addSummaryBullet(text);
                summaryMayWrap = true;
            }
        }

        private void readStatedTotal(String text) {
            Matcher total = STATED_TOTAL.matcher(text);
            if (statedTotal == null && total.find()) {
                statedTotal = Integer.parseInt(total.group(1));
            }
        }

        private void startGoal(int number) {
            finishGoal();
            goal = new JenaGoal(number, section, topic);
        }

        private void finishGoal() {
            if (goal == null) {
                return;
            }
            if (numbers.add(goal.number())) {
                measures.add(goal.toMeasure(warnings));
            } else {
                warnings.add("Ziel " + goal.number()
                        + " kommt mehrfach vor; nur das erste Vorkommen wird übernommen.");
            }
            goal = null;
        }

        ImportedEvaluation result() {
            finishGoal();
            if (title == null) {
                warnings.add("Der Titel (Überschrift „# …“) fehlt.");
            }
            if (measures.isEmpty()) {
                warnings.add("Im Dokument wurde kein Ziel („Kurzfassung Ziel N:“) gefunden.");
            }
            checkCompleteness();
            return new ImportedEvaluation(title, measures, warnings);
        }

        /** Goals are numbered from 1 to the total the introduction states, or to the highest number read. */
        private void checkCompleteness() {
            int expected = statedTotal != null ? statedTotal
                    : numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> missing = IntStream.rangeClosed(1, expected)
                    .filter(number -> !numbers.contains(number))
                    .mapToObj(number -> "Ziel " + number)
                    .toList();
            if (!missing.isEmpty()) {
                warnings.add("Nicht gefunden: " + String.join(", ", missing)
                        + " (erwartet: Ziel 1 bis Ziel " + expected + ").");
            }
            if (statedTotal != null && numbers.size() > statedTotal) {
                warnings.add("Die Einleitung nennt " + statedTotal + " Ziele, gelesen wurden " + numbers.size() + ".");
            }
        }
    }
}
