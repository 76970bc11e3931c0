package de.ratsanfragen.evaluation;

import static de.ratsanfragen.evaluation.MeasureStatus.DISCARDED;
import static de.ratsanfragen.evaluation.MeasureStatus.FULFILLED;
import static de.ratsanfragen.evaluation.MeasureStatus.NOT_FULFILLED;
import static de.ratsanfragen.evaluation.MeasureStatus.PARTIAL;
import static de.ratsanfragen.evaluation.MeasureStatus.UNCLEAR;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Jena report imported from the seed. Every expected value is read by hand from the document:
 * the totals from its introduction, each golden goal from its table.
 */
class JenaReportParserTest {

    private static final String TOPIC_1_1 = "1.1 Rahmenbedingungen für die Förderung Interkultureller Öffnungsprozesse";
    private static final String STAYS = "Ziel bleibt bestehen";
    private static final String NOT_PURSUED = "Ziel wird nicht weiterverfolgt";

    private static ImportedEvaluation report;

    @BeforeAll
    static void importSeed() {
        report = new JenaReportParser().parse(JenaSeed.lines());
    }

    private static Measure goal(String code) {
        return report.measures().stream().filter(measure -> measure.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void titleComesFromTheTitleLineWithoutEmphasis() {
        assertThat(report.title()).isEqualTo("Controlling zur Fortschreibung des Integrationskonzepts");
    }

    @Test
    void importsEachOfThe82GoalsOnce() {
        List<String> expected = IntStream.rangeClosed(1, 82).mapToObj(number -> "Z" + number).toList();
        assertThat(report.measures()).extracting(Measure::code).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Einleitung: "Insgesamt 14 der 82 Ziele … verworfen"; "55 (80,9 %) … und 7 (10,3 %) … Lediglich 6 Ziele (8,8 %)". */
    @Test
    void statisticsReproduceTheIntroduction() {
        EvaluationStatistics statistics = EvaluationStatistics.of(report.measures());

        assertThat(statistics.total()).isEqualTo(82);
        assertThat(statistics.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                FULFILLED, 55, PARTIAL, 7, NOT_FULFILLED, 6, DISCARDED, 14, UNCLEAR, 0));
        assertThat(statistics.rated()).isEqualTo(68);
        assertThat(statistics.percentages().get(FULFILLED)).isEqualByComparingTo(new BigDecimal("80.9"));
        assertThat(statistics.percentages().get(PARTIAL)).isEqualByComparingTo(new BigDecimal("10.3"));
        assertThat(statistics.percentages().get(NOT_FULFILLED)).isEqualByComparingTo(new BigDecimal("8.8"));
    }

    /**
     * Einleitung: "18 Ziele werden nicht weiterverfolgt, davon sind 13 abschließend erfüllt, 2 teilweise erfüllt
     * und 3 nicht erreicht. 50 Ziele (73,5 %) finden sich in der Fortschreibung 2020 wieder".
     */
    @Test
    void conceptLinksReproduceTheIntroduction() {
        List<Measure> rated = report.measures().stream().filter(measure -> measure.status() != DISCARDED).toList();
        Map<MeasureStatus, Long> notCarriedOn = rated.stream().filter(measure -> measure.conceptLink() == null)
                .collect(groupingBy(Measure::status, counting()));

        assertThat(rated.stream().filter(measure -> measure.conceptLink() != null)).hasSize(50);
        assertThat(notCarriedOn).containsExactlyInAnyOrderEntriesOf(Map.of(FULFILLED, 13L, PARTIAL, 2L, NOT_FULFILLED, 3L));
    }

    /** Every goal has its Kurzfassung, Ansprechpartner, Termin and Stand, and outside section D its Ausblick. */
    @Test
    void theSeedNeedsNoWarning() {
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void ziel2WithKurzfassungWrappedOverTwoLines() {
        assertThat(goal("Z2")).isEqualTo(new Measure("Z2",
                "Stadt sichert Fortbestand und Aktivitäten der Fachstelle Interkulturelle Öffnung",
                TOPIC_1_1,
                "Beauftragte für Migration und Integration in Kooperation mit dem Kreisverband AWO - Jena Weimar e.V.",
                null, "fortlaufend", FULFILLED, "Ziel erfüllt", List.of(),
                List.of(STAYS, "Integrationskonzept 2020, HF 2.1, OpZ 1, M 1"),
                "Integrationskonzept 2020, HF 2.1, OpZ 1, M 1", null));
    }

    /** The link's year is misprinted "20200" in the report and kept as written. */
    @Test
    void ziel3KeepsTheConceptLinkAsWritten() {
        assertThat(goal("Z3")).isEqualTo(new Measure("Z3",
                "Budgets für Übersetzungshilfen in den Fachdiensten einrichten",
                TOPIC_1_1, "Budgetverantwortliche der Fachdienste und -bereiche",
                null, "fortlaufend im Rahmen der Haushaltsplanung", FULFILLED, "Ziel erfüllt",
                List.of("durch Landesförderung Sprachmittlung gesichert"),
                List.of(STAYS, "Integrationskonzept 20200, HF 2.1, OpZ 4, M 1"),
                "Integrationskonzept 20200, HF 2.1, OpZ 4, M 1", null));
    }

    /** The label "Stand Anfang 2020" is split by a page break into a row "Stand" and an empty row "Anfang 2020". */
    @Test
    void ziel9WithSplitStandRow() {
        assertThat(goal("Z9")).isEqualTo(new Measure("Z9",
                "Angebot interkultureller Schulungen für Mitarbeiter_innen in Bereichen mit hohem Kundenkontakt",
                "1.2 Weiterbildung", "FD Personal", null, "fortlaufend", FULFILLED, "Ziel erfüllt", List.of(),
                List.of(STAYS, "Integrationskonzept 2020, HF 2.1, OpZ 3, M 1"),
                "Integrationskonzept 2020, HF 2.1, OpZ 3, M 1", null));
    }

    /**
     * A page break repeats "## A Vollumfänglich …" inside the Stand cell; the row "Anfang 2020" then finishes
     * the bullet "Liste 2015 erstellt und" and adds one more.
     */
    @Test
    void ziel18AcrossAPageBreakWithRepeatedSectionHeading() {
        assertThat(goal("Z18")).isEqualTo(new Measure("Z18",
                "Erstellung einer Übersicht über Fremdsprachenkenntnisse bei Tätigen im ambulanten Gesundheitswesen in Jena\n"
                        + "Formular zur nachträglichen Aufnahme in Übersicht online verfügbar",
                "1.3 Kommunikation", "FD Gesundheit", null, "fortlaufend", FULFILLED, "Ziel überwiegend erfüllt",
                List.of("Liste 2015 erstellt und Aktualisierung in Vorbereitung",
                        "Formular zur nachträglichen Aufnahme nicht online verfügbar"),
                List.of(STAYS, "Integrationskonzept 2020, HF 2.4, OpZ 2, M 1"),
                "Integrationskonzept 2020, HF 2.4, OpZ 2, M 1", null));
    }

    @Test
    void ziel54MostlyFulfilledAndNotCarriedOn() {
        assertThat(goal("Z54")).isEqualTo(new Measure("Z54",
                "Organisation und Durchführung migrationsspezifischer Fortbildungsveranstaltungen für Tätige im "
                        + "Gesundheitswesen in Kooperation mit der Kassenärztlichen Vereinigung",
                "4 Gesundheit", "FD Gesundheit", null, "fortlaufend", FULFILLED, "Ziel überwiegend erfüllt",
                List.of("mangelnder Bedarf"), List.of(NOT_PURSUED), null, null));
    }

    /** "bisher nicht zustande" ends a page; "gekommen" arrives in a row without label after the repeated heading. */
    @Test
    void ziel59FinishesAStandBulletAfterThePageBreak() {
        assertThat(goal("Z59")).isEqualTo(new Measure("Z59",
                "Interkulturelle Öffnung der Städtischen Museen",
                "5.1 Kinder und Jugendliche", "JenaKultur, VHS mit Kooperationspartnern", null, "laufend",
                FULFILLED, "Ziel überwiegend erfüllt",
                List.of("Zusammenarbeit mit Vereinen und anderen außerschulischen Bildungsträgern bisher nicht zustande gekommen"),
                List.of(STAYS, "Integrationskonzept 2020, HF 2.5.1, OpZ 1, M 1"),
                "Integrationskonzept 2020, HF 2.5.1, OpZ 1, M 1", null));
    }

    /** The repeated section heading stands between "Kurzfassung Ziel 71:" and its bullet. */
    @Test
    void ziel71WithSectionHeadingBeforeItsKurzfassung() {
        assertThat(goal("Z71")).isEqualTo(new Measure("Z71",
                "Beratungsangebot des SSB und LSB an seine Sportvereine bei Fragen der Integration",
                "5.5 Sport",
                "Stadtsporbund Jena e.V. (SSB) in Kooperation mit Landessportbund Thüringen e.V. (LSB)",
                null, "bei Bedarf, fortlaufend", FULFILLED, "Ziel erfüllt", List.of(),
                List.of("Ziel wird nicht durch Stadt weiterverfolgt"), null, null));
    }

    /** The only link that does not start with "Integrationskonzept 2020". */
    @Test
    void ziel72LinksToTheConceptByFieldOfActionOnly() {
        assertThat(goal("Z72")).isEqualTo(new Measure("Z72",
                "Information über migrationspezifische Bedarfe an den Stadtsporbund",
                "5.5 Sport", "Büro für Migration und Integration", null, "bei Bedarf", FULFILLED, "Ziel erfüllt",
                List.of(), List.of(STAYS, "HF 2.5.1, OpZ 2, M 2"), "HF 2.5.1, OpZ 2, M 2", null));
    }

    /** Section B; the first Stand bullet runs status and note together. */
    @Test
    void ziel21PartlyFulfilledWithNoteInTheStatusBullet() {
        assertThat(goal("Z21")).isEqualTo(new Measure("Z21",
                "migrationsensible Formulierungen der städtischen Stellenausschreibungen (Sprachkenntnisse, "
                        + "Mehrsprachigkeit, Gewinnung von Beschäftigten mit Migrationshintergrund)",
                "1.3 Kommunikation", "FD Personal, Personalverantwortliche der Eigenbetriebe", null,
                "ab 2017 fortlaufend", PARTIAL, "Ziel teilweise erfüllt",
                List.of("FD Personal verwendet allgemein verständlich Formulierungen, die auf Chancengleichheit "
                                + "abzielen, aber einer Ausformulierung bedürfen.",
                        "unterschiedlicher Umsetzungsstand in den Eigenbetrieben, vollumfängliche Formulierung bei KIJ"),
                List.of(STAYS, "Integrationskonzept 2020, HF 2.1, OpZ 2, M 2"),
                "Integrationskonzept 2020, HF 2.1, OpZ 2, M 2", null));
    }

    /** Section B; the link arrives in a row without label after the page break. */
    @Test
    void ziel60PartlyFulfilledWithOutlookContinuedAfterThePageBreak() {
        assertThat(goal("Z60")).isEqualTo(new Measure("Z60",
                "Angebot interkultureller, mehrsprachiger Veranstaltungen insbesondere für Kinder und Jugendliche "
                        + "mit Migrationshintergrund",
                "5.1 Kinder und Jugendliche", "JenaKultur", null, "fortlaufend", PARTIAL, "Ziel teilweise erfüllt",
                List.of("Ausbau der Netzwerkarbeit und Anpassung der Angebote für Kinder, Jugendliche und Erwachsene "
                                + "notwendig, denn Reichweiten teils begrenzt",
                        "Projekte mit MoMoLo e.V., Jugendtheatergruppe des Theaterhauses, Kreativ Club, zweisprachige "
                                + "Veranstaltungen in der Bibliothek, jährlich „Bibliothek ist bunt“, Entdeckertag der VHS"),
                List.of(STAYS, "Integrationskonzept 2020, HF 2.5, OpZ 1, M 1"),
                "Integrationskonzept 2020, HF 2.5, OpZ 1, M 1", null));
    }

    /** Section B; "## B Teilweise erfüllte Ziele" repeated between its Stand and its Ausblick. */
    @Test
    void ziel61PartlyFulfilledAcrossAPageBreak() {
        assertThat(goal("Z61")).isEqualTo(new Measure("Z61",
                "aktive Beteiligung von JenaKultur an der Interkulturellen Woche",
                "5.2 Erwachsene und Senior_innen", "JenaKultur", null, "fortlaufend", PARTIAL, "Ziel teilweise erfüllt",
                List.of("Einzelveranstaltungen durchgeführt",
                        "2018 und 2019 während der Interkulturellen Woche durch die Stadt finanziell geförderte "
                                + "Einzelveranstaltungen",
                        "Entwicklung eines neuen Konzeptes in Kooperation mit Stadtverwaltung nicht umgesetzt"),
                List.of("Ziel wird nicht weiterverfolgt, da durch die Diversity Agentin eine umfassende IKÖ-Strategie "
                        + "über die Interkulturelle Woche hinaus geplant wird"),
                null, null));
    }

    /** Section C; a Kurzfassung of two bullets. */
    @Test
    void ziel1NotFulfilled() {
        assertThat(goal("Z1")).isEqualTo(new Measure("Z1",
                "Stadt unterzeichnet „Charta der Vielfalt“\n"
                        + "Stadt gewinnt ortsansässige Unternehmen und Einrichtungen als Unterzeichner_innen",
                TOPIC_1_1, "Oberbürgermeister der Stadt", null,
                "wird durch den Oberbürgermeister der Stadt Jena festgelegt", NOT_FULFILLED, "Ziel nicht erfüllt",
                List.of("Stadt hat bislang noch nicht unterzeichnet, daher noch keine gezielte Ansprache von Unternehmen",
                        "unterzeichnet von 11 Jenaer Unternehmen, Vereinen und Einrichtungen, darunter JenaWirtschaft"),
                List.of(STAYS, "Integrationskonzept 2020, HF 2.1, OpZ 1, M 2"),
                "Integrationskonzept 2020, HF 2.1, OpZ 1, M 2", null));
    }

    /** Section D (no Ausblick); a page break splits one Stand bullet, the rest arrives as a paragraph. */
    @Test
    void ziel14DiscardedWithStandContinuedAfterThePageBreak() {
        assertThat(goal("Z14")).isEqualTo(new Measure("Z14",
                "Planung, Organisation und Durchführung von Schulungen für haupt- und ehrenamtliche Beratungsstellen "
                        + "für Zuwanderer_innen",
                "1.2 Weiterbildung",
                "Beauftragte für Migration und Integration in Kooperation mit den diversen Leistungserbringern im "
                        + "Rahmen des Landesprogrammes „Denk Bunt“ bzw. mit der Fachstelle Interkulturelle Öffnung",
                null, "fortlaufend", DISCARDED, "Ziel verworfen",
                List.of("im Berichtszeitraum keine Notwendigkeit zur Planung durch Beauftragte, da "
                                + "Weiterbildungsangebote diverser Anbieter inzwischen nahezu flächendeckend vorhanden",
                        "Teilziel Planung nicht mehr notwendig",
                        "Unterstützung bei der Organisation, z.B. durch Informationsweitergabe und Vermittlung gewinnt "
                                + "an Bedeutung (Umfang, Qualitätsunterschiede, Erfahrungen, teils divergierende "
                                + "fachliche Konzepte), Diskussion Standards und Perspektiven",
                        "Durchführung eigener Formate auf Anfrage"),
                List.of(), null, null));
    }

    @Test
    void ziel28DiscardedWithStandContinuedAsPlainText() {
        assertThat(goal("Z28").statusNotes()).containsExactly(
                "bevorzugt Hinzuziehung von Sprachmittlern im Sozialpsychiatrischen Dienst",
                "Nutzung mehrsprachiger Arbeits- und Informationsmaterialien Dritter und der Kompetenzen der "
                        + "Psychosozialen Arbeitsgemeinschaft (PSAG)");
    }

    /** Section D; the Kurzfassung is one bullet wrapped over two lines. */
    @Test
    void ziel43DiscardedWithWrappedKurzfassung() {
        assertThat(goal("Z43")).isEqualTo(new Measure("Z43",
                "Förderung der bedarfsgerechte Anpassung von Vorschaltklassen/ Sprachklassen beim TMBJS",
                "3.1 Kinder und Jugendliche",
                "Bürgermeister und Dezernent des Dezernat 4 - Familie, Bildung & Soziales, Beauftragte für Migration "
                        + "und Integration",
                null, "fortlaufend", DISCARDED, "Ziel verworfen",
                List.of("keine Vorschalt-/Sprachklassen mehr",
                        "Steuerrunde „ISA“ (Integration in schulische Ausbildung) besteht weiter, um bestmögliche "
                                + "Versorgung der Schüler_innen mit nichtdeutscher Muttersprache zu gewährleisten",
                        "Kommunikation von Bedarfen an das Thüringer Ministerium für Bildung, Jugend und Sport (TMBJS) "
                                + "auf verschiedenen Ebenen"),
                List.of(), null, null));
    }

    /** "Ziel verworfen, wird durch andere Akteure erreicht": the status wording ends at "verworfen". */
    @Test
    void ziel53DiscardedWithNoteInTheStatusBullet() {
        assertThat(goal("Z53")).isEqualTo(new Measure("Z53",
                "Sensibilisierung für die Notwendigkeit von Vorsorgeuntersuchungen für Kinder und Jugendliche",
                "4 Gesundheit", "Dezernat 4, insbesondere FD Gesundheit in Kooperation mit relevanten Beratungsstellen",
                null, "fortlaufend", DISCARDED, "Ziel verworfen", List.of("wird durch andere Akteure erreicht"),
                List.of(), null, null));
    }

    /** The Termin is a list item here. */
    @Test
    void ziel78DiscardedWithTerminAsListItem() {
        assertThat(goal("Z78")).isEqualTo(new Measure("Z78",
                "freiwillige Selbstverpflichtung privater Wohnungsunternehmen zur Vermietung an Menschen mit "
                        + "Migrationshintergrund",
                "7 Wohnen", "Oberbürgermeister", null, "4. Quartal 2017", DISCARDED, "Ziel verworfen",
                List.of("kaum Resonanz"), List.of(), null, null));
    }

    /** The last line of the document, without a line break after it; "Unterbringungs-kapazitäten" as written. */
    @Test
    void ziel82EndsTheDocument() {
        assertThat(goal("Z82")).isEqualTo(new Measure("Z82",
                "thematischer Input zur Integrationsarbeit vor Ort in der gemeinsamen Sitzung aller "
                        + "Ortsteilbürgermeister, bei Bedarf auch in einzelnen Ortsteilen",
                "8 Politische Partizipation",
                "Bereich OB in Zusammenarbeit mit der Beauftragten für Migration und Integration",
                null, "fortlaufend, bei Bedarf", DISCARDED, "Ziel verworfen",
                List.of("Bedarf an weiteren Unterbringungs-kapazitäten in den Ortsteilen entfiel ab 2017",
                        "Bei Bedarf beantwortet das Büro für Migration und Integration Fragen"),
                List.of(), null, null));
    }

    @Test
    void theSeedEndsWithoutLineBreakAfterZiel82() {
        assertThat(JenaSeed.lines()).hasSize(1007).last().asString().startsWith("<b>Stand Anfang 2020</b>");
    }

    @Test
    void mostlyFulfilledGoalsKeepTheirWording() {
        assertThat(report.measures()).filteredOn(measure -> "Ziel überwiegend erfüllt".equals(measure.statusLabel()))
                .extracting(Measure::code).containsExactly("Z18", "Z54", "Z57", "Z59");
    }

    @Test
    void emptyInputGivesNoMeasuresAndAGermanWarning() {
        ImportedEvaluation empty = new JenaReportParser().parse(List.of());

        assertThat(empty.measures()).isEmpty();
        assertThat(empty.warnings()).containsExactly("Das Dokument ist leer; es wurden keine Ziele gelesen.");
    }
}
