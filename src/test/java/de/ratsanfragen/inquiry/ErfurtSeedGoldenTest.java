package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.QuotedText;
import de.ratsanfragen.evaluation.MeasureStatus;
import de.ratsanfragen.inquiry.Section.SectionKind;
import de.ratsanfragen.organization.OrganizationDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The Erfurt inquiry (seed 000), item by item, as read by hand from the document: every faction
 * paragraph with its kind, section, measures, routing tag and routing hints; the quoted measures.
 */
class ErfurtSeedGoldenTest {

    static final String SEED = "/seeds/000_c1f1a59b122f7d03.txt";
    private static final String BMI = "V: D01/ Büro für Migration und Integration";

    private static ImportedInquiry inquiry;

    static SourceDocument seed() throws IOException {
        try (InputStream in = ErfurtSeedGoldenTest.class.getResourceAsStream(SEED)) {
            return SourceDocument.ofText("000_c1f1a59b122f7d03.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static OrganizationDirectory erfurt() {
        return OrganizationDirectory.load(new ClassPathResource("organization/erfurt.yml"));
    }

    @BeforeAll
    static void importSeed() throws IOException {
        inquiry = new EvaluationInquiryParser(erfurt()).parse(seed());
    }

    record Expected(int number, ItemKind kind, SectionKind section, List<String> refs, String routing, String hint,
                    String textStart) {
    }

    private static Expected q(int number, SectionKind section, List<String> refs, String routing, String textStart) {
        return new Expected(number, ItemKind.QUESTION, section, refs, routing, null, textStart);
    }

    private static final SectionKind VORAB = SectionKind.VORAB;
    private static final SectionKind FIELD = SectionKind.HANDLUNGSFELD;
    private static final SectionKind EMPF = SectionKind.EMPFEHLUNG;
    private static final SectionKind ALLG = SectionKind.ALLGEMEIN;

    /** Written from the document (line numbers of the seed in the comments). */
    private static final List<Expected> ITEMS = List.of(
            q(1, VORAB, List.of(), BMI, "Wurden auch externe Beratungsstellen"), // 9
            q(2, VORAB, List.of(), BMI, "Inwieweit wird vor der Fortschreibung"), // 13
            q(3, VORAB, List.of(), BMI, "Wie ist die Zeitschiene"), // 17
            q(4, VORAB, List.of(), "V: D01/ A11// D03/ A32/ A53// D05/ A50/ A51", "Wie ist die finanzielle Untersetzung"), // 21
            q(5, EMPF, List.of("HF1/E1/M1"), "V: D01/ A11", "Welcher Schulungsbedarf"), // 32
            q(6, EMPF, List.of("HF1/E1/M2"), "V: D01/A11", "Inwieweit ist eine Schulung zu „Extremismus"), // 44
            q(7, EMPF, List.of("HF1/E1/M2"), "V: D01/A11", "Wie viele Schulungen, mit wie vielen"), // 46
            q(8, EMPF, List.of("HF1/E1/M2"), "V: D01/A11", "Wie viele Schulungen zum AGG"), // 48
            q(9, EMPF, List.of("HF1/E2/M1", "HF1/E2/M2"), "V: D01/A11", "Inwieweit wäre es angezeigt"), // 59
            q(10, EMPF, List.of("HF1/E2/M1", "HF1/E2/M2"), "V: D01/A11", "Inwieweit können in Stellenausschreibungen"), // 61
            q(11, EMPF, List.of("HF1/E3/M1", "HF1/E3/M2"), "V: D01/ A11", "Ist es zutreffend, dass außer"), // 72
            q(12, EMPF, List.of("HF1/E3/M1", "HF1/E3/M2"), "V: D01/ A11", "Inwiefern ist die relativ schlichte"), // 74
            q(13, EMPF, List.of("HF1/E3/M1", "HF1/E3/M2"), "V: D01/ A11", "Wie wird diese Zielgruppe"), // 76
            q(14, EMPF, List.of("HF1/E3/M1", "HF1/E3/M2"), "V: D01/ A11", "Warum werden die migrantischen"), // 78
            q(15, EMPF, List.of("HF1/E3/M1", "HF1/E3/M2"), "V: D01/ A11", "Wie begründet sich hier"), // 80
            q(16, EMPF, List.of("HF1/E4/M1"), "V: D01/ A11", "Worin liegt hier"), // 89
            q(17, EMPF, List.of("HF1/E4/M1"), "V: D01/ A11", "Wie viele Auszubildende"), // 91
            q(18, EMPF, List.of("HF1/E5/M1"), "V: D01/ A11// D03/ A32", "Welche offenen Stellen"), // 102
            q(19, EMPF, List.of("HF1/E5/M1"), "V: D01/ A11// D03/ A32", "Einbürgerung: Wurden die zwei"), // 104
            q(20, EMPF, List.of("HF1/E5/M1"), "V: D01/ A11// D03/ A32", "Weshalb sind die unbesetzten"), // 106
            q(21, EMPF, List.of("HF1/E5/M1"), "V: D01/ A11// D03/ A32", "Inwieweit spiegeln die 27"), // 108
            q(22, EMPF, List.of("HF1/E5/M2"), "V: D03// D05", "Inwieweit kann von einer teilweisen"), // 117
            q(23, EMPF, List.of("HF1/E5/M3"), "V: D03/ A32", "Hier heißt es, der Ausbau"), // 129
            q(24, EMPF, List.of("HF1/E5/M5"), "V: D03/ A32// D05/ A50", "Welche analogen und digital"), // 138
            q(25, EMPF, List.of("HF1/E5/M6"), "V: D03/ A32/ A53// D05/ A40/ A50/ A51", "Ist es möglich eine Übersicht"), // 147
            q(26, EMPF, List.of("HF1/E5/M6"), "V: D03/ A32/ A53// D05/ A40/ A50/ A51", "Ist es vertretbar"), // 149
            q(27, EMPF, List.of("HF1/E7/M1"), BMI, "Wann und mit wem"), // 158: only M1 is quoted before it
            q(28, EMPF, List.of("HF1/E7/M2"), "V: D03/ A32", "Welche Netzwerktreffen fanden ohne ABH"), // 165
            q(29, EMPF, List.of("HF1/E7/M3"), "V: D03/ A32// D05/ A50", "Was bedeutet die Erläuterung"), // 174
            q(30, EMPF, List.of("HF1/E8/M1"), "V: D03/ A32", "Sind die Willkommensmappen"), // 186
            q(31, EMPF, List.of("HF1/E9/M1"), "V: D04/ A67", "Was bedeutet regelmäßig überprüft"), // 195
            q(32, ALLG, List.of("HF2"), "V: D01", "Wird diese Kategorie"), // 203
            q(33, ALLG, List.of("HF2"), "V: D01", "Welche Tätigkeiten hat die Stadtverwaltung"), // 207
            q(34, EMPF, List.of("HF2/E3/M1"), BMI, "Könnte/sollte hier nicht"), // 219
            q(35, EMPF, List.of("HF2/E4/M1"), BMI, "Das Projekt B2W ist zwar"), // 228
            q(36, EMPF, List.of("HF2/E4/M3"), "V: D01/A11", "Wie ist die oben genannte Stelle"), // 240
            q(37, EMPF, List.of("HF2/E4/M4"), "V: D01", "Inwieweit wurden Haushaltsmittel"), // 249
            q(38, EMPF, List.of("HF2/E4/M4"), "V: D01", "Weshalb wird das Antidiskriminierungskonzept"), // 251
            q(39, FIELD, List.of("HF3"), "V: D01/A17", "Welche Ämter haben Zugriff auf Lingatel"), // 257
            q(40, FIELD, List.of("HF3"), null, "Grundsätzliches Problem: es gibt zu wenig Sprachkurse"), // 261, no V:
            q(41, EMPF, List.of("HF4/E4/M1", "HF4/E4/M2", "HF4/E4/M3"), "V: D05/ A51", "Grundsätzlich wissen noch immer"), // 277
            q(42, EMPF, List.of("HF5/E1/M1"), "V: D05/ A40// D01/ Büro für Migration und Integration", "Was ist die Schlussfolgerung"), // 288
            q(43, FIELD, List.of("HF8"), "V: D05/ A50", "Wie wird Diskriminierung auf dem Wohnungsmarkt"), // 294
            q(44, FIELD, List.of("HF8"), "V: D05/ A50", "Welche Maßnahmen wurden konkret ergriffen"), // 296
            q(45, FIELD, List.of("HF8"), "V: D05/ A50", "Welche Möglichkeiten zur Unterstützung"), // 298
            q(46, FIELD, List.of("HF8"), "V: D05/ A50", "Welche Unterstützungsmöglichkeiten gibt es bei Nachbarschaftsstreitigkeiten"), // 300
            q(47, EMPF, List.of("HF8/E9/M1"), "V: D05/ A50", "Diese Aussage ist unzutreffend."), // 309, ends with a question
            q(48, EMPF, List.of("HF8/E10/M1"), "V: D05/ A50", "Wie viele vulnerable Personen"), // 321
            q(49, EMPF, List.of("HF8/E10/M2"), "V: D05/ A50", "Welche Maßnahmen werden ergriffen, um den Zugang zu psychologischer Betreuung"), // 330
            new Expected(50, ItemKind.QUESTION, EMPF, List.of("HF9/E1/M3"), null, "Beantwortung Gesundheitsamt", "Wie weiter?"), // 347
            new Expected(51, ItemKind.QUESTION, EMPF, List.of("HF9/E1/M3"), null, "Beantwortung Gesundheitsamt", "Weshalb kann das Gesundheitsamt"), // 349
            q(52, ALLG, List.of("HF9"), "V: D03/ A53", "Welche Maßnahmen werden ergriffen, um den Zugang zu psychologischer und sozialer"), // 353
            new Expected(53, ItemKind.QUESTION, ALLG, List.of("HF10"), "V: D01 in Abstimmung mit D05", "Beantwortung: Bereich D05", "Hier darf man sich nicht davon täuschen lassen"), // 361
            new Expected(54, ItemKind.REMARK, ALLG, List.of("HF13/E3"), "V: D01/ Büro für Migration und Integration in Absprache mit Leiterin Bereich OB", null, "Unbedingtes Plädoyer für die Fortschreibung"), // 367
            q(55, EMPF, List.of("HF14/E1/M1"), BMI, "Welche Daten würde das konkret betreffen?")); // 375

    @Test
    void readsTheHeader() {
        assertThat(inquiry.title()).isEqualTo("Anmerkungen und Fragen zur 3. Evaluation des Integrationskonzepts");
        assertThat(inquiry.faction()).isEqualTo("BÜNDNIS 90/DIE GRÜNEN");
        assertThat(inquiry.committee()).isEqualTo("SAG");
        assertThat(inquiry.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(inquiry.evaluationTitle()).isEqualTo("3. Evaluation des Integrationskonzepts");
    }

    @Test
    void everyFactionParagraphIsOneItemInDocumentOrder() {
        assertThat(inquiry.items()).hasSize(ITEMS.size());
        for (Expected expected : ITEMS) {
            ImportedItem item = inquiry.items().get(expected.number() - 1);
            String label = "item " + expected.number();
            assertThat(item.number()).as(label).isEqualTo(expected.number());
            assertThat(item.kind()).as(label).isEqualTo(expected.kind());
            assertThat(item.section().kind()).as(label).isEqualTo(expected.section());
            assertThat(item.measureRefs()).as(label).containsExactlyElementsOf(expected.refs());
            assertThat(item.routing() == null ? null : item.routing().raw()).as(label).isEqualTo(expected.routing());
            assertThat(item.routingHints()).as(label)
                    .containsExactlyElementsOf(expected.hint() == null ? List.of() : List.of(expected.hint()));
            assertThat(item.text()).as(label).startsWith(expected.textStart()).doesNotContain("<", "**", "\t");
        }
    }

    @Test
    void itemsCarryTheirSectionsAndFullText() {
        ImportedItem first = inquiry.items().get(0);
        assertThat(first.section().heading()).isEqualTo("Vorab/Grundsätzliche Fragen:");
        assertThat(first.text()).isEqualTo("Wurden auch externe Beratungsstellen, Ausbänderbeirat oder Selbstorganisationen, "
                + "wie Migranetz Thüringen, angehört oder einbezogen im Zusammenhang mit der Erstellung der Evaluierung? "
                + "Wenn nein, warum nicht?");
        ImportedItem five = inquiry.items().get(4);
        assertThat(five.section()).isEqualTo(new Section(SectionKind.EMPFEHLUNG, 1,
                "Interkulturelle Öffnung und Willkommenskultur", 1, "Empfehlung 1, M1"));
        assertThat(inquiry.items().get(40).section().fieldTitle()).isEqualTo("Kinder, Jugend und Familie");
        assertThat(inquiry.items().get(41).section().fieldTitle()).isNull(); // "Handlungsfeld 5:" has no title
        assertThat(inquiry.items().get(53).section().recommendation()).isEqualTo(3); // "Allgemein zu Empfehlung 3"
        assertThat(inquiry.items().get(53).text()).isEqualTo("Unbedingtes Plädoyer für die Fortschreibung des "
                + "Integrationskonzeptes und regelmäßige Evaluation - allerdings unter Einbeziehung der Betroffenen und "
                + "ihrer Vertretungen");
    }

    @Test
    void routingIsParsedAgainstTheDirectory() {
        ImportedItem four = inquiry.items().get(3);
        assertThat(four.routing().lead()).isEqualTo("A11");
        assertThat(four.routing().answeringUnits()).containsExactly("A11", "A32", "A53", "A50", "A51");
        assertThat(inquiry.items().get(52).routing().consulted()).containsExactly("D05");
        assertThat(inquiry.items().get(53).routing().consulted()).containsExactly("OB");
    }

    @Test
    void quotedTextIsNoItem() {
        assertThat(inquiry.items()).extracting(ImportedItem::text).noneMatch(text ->
                text.startsWith("Zum Stichtag waren 27") // continuation of an "Aktueller Stand" after a page break
                        || text.startsWith("Beratungsangebote im Bereich Beruf") // the same
                        || text.startsWith("Das Gesundheitsamt verfügt derzeit") // text of an empty "Aktueller Stand:"
                        || text.startsWith("Es finden regelmäßige, themenbezogene") // the same, in a table row
                        || text.startsWith("Benachteiligungen von Menschen") // the recommendation's own text
                        || text.startsWith("M1") || text.startsWith("Aktueller Stand"));
        assertThat(inquiry.recommendations()).containsExactly(new QuotedText("HF4/E4",
                "Benachteiligungen von Menschen mit Migrationshintergrund bei der Suche nach Kitaplätzen muss vermieden werden."));
    }

    @Test
    void everyQuotedMeasureIsKeptInDocumentOrder() {
        assertThat(inquiry.quotedMeasures()).extracting(Measure::code).containsExactly(
                "HF1/E1/M1", "HF1/E1/M2", "HF1/E2/M1", "HF1/E2/M2", "HF1/E3/M1", "HF1/E3/M2", "HF1/E4/M1",
                "HF1/E5/M1", "HF1/E5/M2", "HF1/E5/M3", "HF1/E5/M5", "HF1/E5/M6", "HF1/E7/M1", "HF1/E7/M2",
                "HF1/E7/M3", "HF1/E8/M1", "HF1/E9/M1", "HF2/E3/M1", "HF2/E4/M1", "HF2/E4/M3", "HF2/E4/M4",
                "HF4/E4/M1", "HF4/E4/M2", "HF4/E4/M3", "HF5/E1/M1", "HF8/E9/M1", "HF8/E10/M1", "HF8/E10/M2",
                "HF9/E1/M3");
        assertThat(inquiry.quotedMeasures()).allSatisfy(measure ->
                assertThat(measure.cutOffDate()).as(measure.code()).isEqualTo(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void quotedMeasuresCarryTheirColumns() {
        assertThat(inquiry.quotedMeasures())
                .extracting(Measure::code, Measure::status, Measure::lead, Measure::deadline)
                .contains(
                        tuple("HF1/E1/M1", MeasureStatus.PARTIAL, "Personal- und Organisationsamt", "jährlich"),
                        tuple("HF1/E2/M2", MeasureStatus.DISCARDED, "Personal- und Organisationsamt, Personalrat", "fortlaufend"),
                        tuple("HF1/E5/M3", MeasureStatus.FULFILLED, "Dezernat 03", "fortlaufend"),
                        tuple("HF2/E4/M3", MeasureStatus.PARTIAL, "Dezernat 01", "fortlaufend"),
                        tuple("HF2/E4/M4", MeasureStatus.PARTIAL, "Dezernat 01, KPR", "fortlaufend"),
                        tuple("HF4/E4/M3", MeasureStatus.FULFILLED, null, "1 mal jährlich bei Bedarf"),
                        tuple("HF8/E9/M1", MeasureStatus.PARTIAL, "Dezernat 05", "4. Quartal 2022"),
                        tuple("HF8/E10/M2", MeasureStatus.FULFILLED, "Amt für Soziales", "fortlaufend"));

        Measure split = measure("HF1/E1/M2"); // row continued after a page break, status split over two cells
        assertThat(split.text()).isEqualTo("Es wird in Kooperation mit dem Amt für Bildung, Personal- und Organisationsamt "
                + "(Abteilung Fortbildung) und externen Anbieterinnen und Anbietern ein bedarfsgerechtes Angebot an "
                + "Schulungen zu den Themenfeldern \"Interkulturelles Kompetenztraining\", \"Rassismus und Diskriminierung\", "
                + "\"Flucht\", \"Aufenthaltsrecht\" angeboten.");
        assertThat(split.status()).isEqualTo(MeasureStatus.FULFILLED);
        assertThat(split.lead()).isEqualTo("Personal- und Organisationsamt (Abteilung Fortbildung)");

        Measure first = measure("HF1/E1/M1");
        assertThat(first.responsible()).isEqualTo("Personal- und Organisationsamt in Zusammenarbeit mit dem Büro für "
                + "Migration und Integration und dem Personalrat, Volkshochschule (VHS)");
        assertThat(first.statusLabel()).isEqualTo("teilweise umgesetzt");
        assertThat(first.statusNotes()).containsExactly("Schulungsbedarfe in diesem Bereich wurden konkret in den "
                + "Planungsgesprächen des Personal- und Organisationsamtes mit den Fachämtern thematisiert und aufgenommen.");
        assertThat(first.topic()).isEqualTo("Handlungsfeld 1: Interkulturelle Öffnung und Willkommenskultur");

        assertThat(measure("HF1/E9/M1").responsible()).isEqualTo("Garten- und Friedhofsamt, Büro für Migration und Integration");
        assertThat(measure("HF8/E10/M2").responsible()).isEqualTo("Amt für Soziales, Träger der Gemeinschaftsunterkünfte");
        assertThat(inquiry.quotedMeasures()).allSatisfy(m -> assertThat(m.responsible()).as(m.code()).doesNotContain(" ,"));
        assertThat(measure("HF2/E4/M4").text()).startsWith("Fortführung und Erweiterung der Antidiskriminierungskampagne");
        assertThat(measure("HF1/E5/M2").text()).startsWith("Der Diskussionsprozess zum Aufbau"); // "M2 Der …" without colon
        assertThat(measure("HF2/E3/M1").text()).endsWith("mit den betreffenden Akteurinnen und Akteuren Handlungsempfehlungen erarbeitet.");
    }

    @Test
    void statusNotesContinueOverPageBreaks() {
        // "… Einbürgerung:" (line 98) is continued after the page break by line 100
        assertThat(measure("HF1/E5/M1").statusNotes()).singleElement().asString()
                .startsWith("Ausländerbehörde: Mit dem Umzug")
                .contains("Einbürgerung: Zum Stichtag waren 27 der 40 Stellen besetzt.");
        // "… Angebote zur Freizeitgestaltung und" (line 181) goes on in lines 183–184
        assertThat(measure("HF1/E8/M1").statusNotes()).singleElement().asString()
                .contains("Angebote zur Freizeitgestaltung und Beratungsangebote im Bereich Beruf und Arbeit")
                .endsWith("in den Ämtern von Dezernat 05 ausgelegt werden.");
        assertThat(measure("HF4/E4/M2").statusNotes()).singleElement().asString().startsWith("Es finden regelmäßige");
        assertThat(measure("HF9/E1/M3").statusNotes()).singleElement().asString().startsWith("Das Gesundheitsamt verfügt");
        assertThat(measure("HF1/E5/M3").statusNotes()).isEmpty();
    }

    @Test
    void twoCheckedBoxesAreUnclearWithAWarning() {
        Measure unclear = measure("HF9/E1/M3");
        assertThat(unclear.status()).isEqualTo(MeasureStatus.UNCLEAR);
        assertThat(inquiry.warnings()).anySatisfy(warning -> assertThat(warning).contains("HF9/E1/M3", "mehrere",
                "nicht umgesetzt", "verworfen"));
        assertThat(inquiry.quotedMeasures()).filteredOn(m -> m.status() == MeasureStatus.UNCLEAR).hasSize(1);
    }

    private static Measure measure(String code) {
        return inquiry.quotedMeasures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
