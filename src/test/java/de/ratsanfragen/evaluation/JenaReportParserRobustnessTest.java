package de.ratsanfragen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Truncated, mutated and garbage input: the parser returns what it could read and says in warnings
 * what is missing, and never throws. Every random input comes from a fixed seed.
 */
class JenaReportParserRobustnessTest {

    private static final List<String> SEED = JenaSeed.lines();
    private static final int GOALS = 82;
    private static final List<String> GARBAGE = List.of("#", "# ", "## A ", " Ziele", "Kurzfassung Ziel ", "7", ":",
            "99999999999999999999", "<b>", "</b>", "\t", "<li>", "</li>", "<ul>", "</ul>", "<p>", "•", "- ", "*", "**",
            "\\", "\\_", "Stand", "Anfang 2020", "Ausblick", "Termin", "Ansprechpartner", "HF 2.1", "Ziel erfüllt",
            "Ziel verworfen", "der 82 Ziele", "ä", "\u00A0", "😀", " ");

    private final JenaReportParser parser = new JenaReportParser();

    static IntStream cutPositions() {
        return IntStream.range(0, 50).map(step -> step * (SEED.size() - 1) / 49);
    }

    static IntStream randomSeeds() {
        return IntStream.range(0, 50);
    }

    @ParameterizedTest
    @MethodSource("cutPositions")
    void truncatedReportKeepsTheGoalsBeforeTheCutAndNamesTheRest(int cut) {
        ImportedEvaluation full = parser.parse(SEED);
        ImportedEvaluation truncated = assertDoesNotThrow(() -> parser.parse(SEED.subList(0, cut)));

        assertWarnsAboutWhatIsMissing(truncated);
        List<Measure> read = truncated.measures();
        // the last goal read may lack what lay after the cut; all before it are whole
        if (!read.isEmpty()) {
            assertThat(read.subList(0, read.size() - 1)).isEqualTo(full.measures().subList(0, read.size() - 1));
            assertEachGoalNotReadIsNamed(truncated);
        }
    }

    @ParameterizedTest
    @MethodSource("randomSeeds")
    void mutatedReportNeverBreaksTheImport(int seed) {
        List<String> lines = mutated(seed);

        ImportedEvaluation result = assertDoesNotThrow(() -> parser.parse(lines));

        assertWarnsAboutWhatIsMissing(result);
    }

    @ParameterizedTest
    @MethodSource("randomSeeds")
    void garbageNeverBreaksTheImport(int seed) {
        Random random = new Random(seed);
        List<String> lines = Stream.generate(() -> garbageLine(random)).limit(1 + random.nextInt(300)).toList();

        ImportedEvaluation result = assertDoesNotThrow(() -> parser.parse(lines));

        assertThat(result.warnings()).isNotEmpty();
        assertWarnsAboutWhatIsMissing(result);
    }

    @Test
    void missingListAndMissingLinesAreRead() {
        assertThat(parser.parse(null).warnings()).containsExactly("Das Dokument ist leer; es wurden keine Ziele gelesen.");
        assertThat(parser.parse(Arrays.asList(null, " ", "\t")).measures()).isEmpty();

        ImportedEvaluation withNulls = parser.parse(Arrays.asList("# Titel", null, "Kurzfassung Ziel 1:", null));
        assertThat(withNulls.measures()).extracting(Measure::code).containsExactly("Z1");
    }

    @Test
    void tooLongGoalNumberIsNoGoal() {
        ImportedEvaluation result = parser.parse(List.of("# Titel", "**Kurzfassung Ziel 99999999999999999999:**"));

        assertThat(result.measures()).isEmpty();
        assertThat(result.warnings()).contains("Im Dokument wurde kein Ziel („Kurzfassung Ziel N:“) gefunden.");
    }

    @Test
    void sectionAndStandThatDisagreeMakeTheStatusUnclear() {
        ImportedEvaluation result = parser.parse(goalInSection("A", "Ziel nicht erfüllt"));

        assertThat(result.measures()).singleElement().extracting(Measure::status).isEqualTo(MeasureStatus.UNCLEAR);
        assertThat(result.warnings()).containsExactly(
                "Ziel 1: steht in Abschnitt A, „Stand“ sagt aber „Ziel nicht erfüllt“; Status unklar.");
    }

    @Test
    void goalOutsideAnySectionTakesTheStatusFromItsStand() {
        ImportedEvaluation result = parser.parse(goalInSection(null, "Ziel teilweise erfüllt"));

        assertThat(result.measures()).singleElement().extracting(Measure::status).isEqualTo(MeasureStatus.PARTIAL);
        assertThat(result.warnings()).containsExactly("Ziel 1: steht in keinem der Abschnitte A bis D.");
    }

    @Test
    void repeatedRowsAndGoalsKeepTheFirstAndSaySo() {
        List<String> lines = new ArrayList<>(goalInSection("B", "Ziel teilweise erfüllt"));
        lines.add("<b>Termin</b>\tEnde 2016");
        lines.add("<b>Bemerkung</b>\tx");
        lines.add("Kurzfassung Ziel 1:");

        ImportedEvaluation result = parser.parse(lines);

        assertThat(result.measures()).singleElement().extracting(Measure::deadline).isEqualTo("fortlaufend");
        assertThat(result.warnings()).containsExactly(
                "Ziel 1: Zeile „Termin“ kommt mehrfach vor; nur die erste wird übernommen.",
                "Ziel 1: unbekannte Tabellenzeile „Bemerkung“ übersprungen.",
                "Ziel 1 kommt mehrfach vor; nur das erste Vorkommen wird übernommen.");
    }

    @Test
    void goalWithHeadingOnlyNamesEachMissingField() {
        ImportedEvaluation result = parser.parse(List.of("# Titel", "## C Nicht erfüllte Ziele", "### Kurzfassung Ziel 1:"));

        assertThat(result.warnings()).containsExactly("Ziel 1: „Kurzfassung“ fehlt.", "Ziel 1: „Ansprechpartner“ fehlt.",
                "Ziel 1: „Termin“ fehlt.", "Ziel 1: „Stand“ fehlt.", "Ziel 1: „Ausblick“ fehlt.");
    }

    @Test
    void aTopicNumberedThousandsOfLevelsDeepIsNoTopicAndNoCrash() {
        List<String> lines = new ArrayList<>(goalInSection("A", "Ziel erfüllt"));
        lines.add(0, "## 1" + ".1".repeat(20_000) + " Thema");

        assertThat(parser.parse(lines).measures()).singleElement().extracting(Measure::topic).isNull();
    }

    @Test
    void aListItemWithoutEndIsLooseTextAndTheItemsBeforeItStay() {
        List<String> lines = withoutOutlook(goalInSection("A", "Ziel erfüllt"));
        lines.add("<b>Ausblick</b>\t<ul><li>• HF 1, M 1</li><li>• offen" + "<li>".repeat(10_000));

        assertThat(parser.parse(lines).measures()).singleElement().extracting(Measure::outlook)
                .isEqualTo(List.of("HF 1, M 1", "offen"));
    }

    @Test
    void aCellContinuedOverManyRowsIsOneItem() {
        List<String> lines = withoutOutlook(goalInSection("A", "Ziel erfüllt"));
        lines.add("<b>Ausblick</b>\t<ul><li>• Integrationskonzept 2020</li></ul>");
        for (int i = 0; i < 3; i++) {
            lines.add("\tweiter " + i);
        }

        assertThat(parser.parse(lines).measures()).singleElement().extracting(Measure::outlook)
                .isEqualTo(List.of("Integrationskonzept 2020 weiter 0 weiter 1 weiter 2"));
    }

    private static List<String> withoutOutlook(List<String> lines) {
        List<String> shorter = new ArrayList<>(lines);
        shorter.removeIf(line -> line.startsWith("<b>Ausblick</b>"));
        return shorter;
    }

    private static List<String> goalInSection(String section, String stand) {
        List<String> lines = new ArrayList<>(List.of("# Titel"));
        if (section != null) {
            lines.add("## " + section + " Irgendwie erfüllte Ziele");
        }
        lines.addAll(List.of("Kurzfassung Ziel 1:", "- Text", "<b>Ansprechpartner</b>\tFD Personal",
                "<b>Termin</b>\tfortlaufend", "<b>Stand Anfang 2020</b>\t<ul><li>• " + stand + "</li></ul>",
                "<b>Ausblick</b>\t<ul><li>• Ziel bleibt bestehen</li></ul>"));
        return lines;
    }

    /** Seeds cycle through: drop lines, duplicate lines, swap lines, insert garbage, shuffle everything. */
    private static List<String> mutated(int seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(SEED);
        int changes = 1 + random.nextInt(30);
        for (int change = 0; change < changes; change++) {
            int at = random.nextInt(lines.size());
            switch (seed % 5) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.add(at, garbageLine(random));
                default -> Collections.shuffle(lines, random);
            }
        }
        return lines;
    }

    private static String garbageLine(Random random) {
        StringBuilder line = new StringBuilder();
        for (int token = random.nextInt(9); token > 0; token--) {
            line.append(random.nextBoolean() ? GARBAGE.get(random.nextInt(GARBAGE.size())) : (char) random.nextInt(0x3000));
        }
        return line.toString();
    }

    /** Each goal read without one of its fields is named in a warning; fewer goals than the report's never pass silently. */
    private static void assertWarnsAboutWhatIsMissing(ImportedEvaluation result) {
        if (result.measures().size() < GOALS) {
            assertThat(result.warnings()).isNotEmpty();
        }
        result.measures().stream().filter(JenaReportParserRobustnessTest::lacksSomething).forEach(measure ->
                assertThat(result.warnings()).anyMatch(warning -> warning.startsWith(name(measure) + ":")));
    }

    private static boolean lacksSomething(Measure measure) {
        return measure.text() == null || measure.responsible() == null || measure.deadline() == null
                || measure.statusLabel() == null || measure.status() == MeasureStatus.UNCLEAR
                || measure.status() != MeasureStatus.DISCARDED && measure.outlook().isEmpty();
    }

    private static void assertEachGoalNotReadIsNamed(ImportedEvaluation result) {
        List<String> read = result.measures().stream().map(JenaReportParserRobustnessTest::name).toList();
        IntStream.rangeClosed(1, GOALS).mapToObj(number -> "Ziel " + number).filter(goal -> !read.contains(goal))
                .forEach(goal -> assertThat(result.warnings())
                        .anyMatch(warning -> Pattern.compile(goal + "(?!\\d)").matcher(warning).find()));
    }

    private static String name(Measure measure) {
        return "Ziel " + measure.code().substring(1);
    }
}
