package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import de.ratsanfragen.document.SourceDocument;
import org.junit.jupiter.api.Test;

/** Inquiries in the usual council format, from test documents written in that format. */
class NumberedInquiryParserTest {

    private final NumberedInquiryParser parser = new NumberedInquiryParser();

    static SourceDocument document(String name) throws IOException {
        try (InputStream in = NumberedInquiryParserTest.class.getResourceAsStream("/inquiries/" + name)) {
            return SourceDocument.ofText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsHeaderLeadInNumberedQuestionsSubItemsAndSignature() throws IOException {
        ImportedInquiry inquiry = parser.parse(document("linke-schulsanierung.txt"));

        assertThat(inquiry.title()).isEqualTo("Sanierung der Grundschule Ost");
        assertThat(inquiry.faction()).isEqualTo("DIE LINKE");
        assertThat(inquiry.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(inquiry.warnings()).isEmpty();
        assertThat(inquiry.items()).extracting(ImportedItem::text).containsExactly(
                "Wann beginnt die Sanierung der Sanitäranlagen der Grundschule Ost, und wann soll sie abgeschlossen sein?",
                "Welche Kosten sind für die Sanierung veranschlagt, aufgeschlüsselt nach\na) Planung,\nb) Bauleistungen und\n"
                        + "c) Interimslösungen während der Bauzeit?",
                "Aus welchen Haushaltsmitteln wird die Sanierung finanziert?",
                "Wie werden Eltern und Schulkonferenz über den Zeitplan informiert?");
        assertThat(inquiry.items()).allSatisfy(item -> {
            assertThat(item.kind()).isEqualTo(ItemKind.QUESTION);
            assertThat(item.routing()).isNull();
            assertThat(item.section()).isNull();
            assertThat(item.measureRefs()).isEmpty();
        });
        assertThat(inquiry.items()).extracting(ImportedItem::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void flattenedNumberingIsNumberedInDocumentOrderAndWrapsAreJoined() throws IOException {
        ImportedInquiry inquiry = parser.parse(document("cdu-flach-nummeriert.txt"));

        assertThat(inquiry.faction()).isEqualTo("CDU");
        assertThat(inquiry.title()).isEqualTo("Radverkehr in der Innenstadt");
        assertThat(inquiry.date()).isEqualTo(LocalDate.of(2025, 10, 2));
        assertThat(inquiry.items()).extracting(ImportedItem::number).containsExactly(1, 2, 3);
        assertThat(inquiry.items().get(1).text()).isEqualTo(
                "Welche Maßnahmen plant die Verwaltung, um die Sicherheit an der Kreuzung Bahnhofstraße/Ringstraße zu erhöhen?");
        assertThat(inquiry.warnings()).singleElement().asString().contains("nicht fortlaufend");
    }

    @Test
    void parenthesisNumberingDashSubItemsAndCommittee() throws IOException {
        ImportedInquiry inquiry = parser.parse(document("gruene-klammern.txt"));

        assertThat(inquiry.faction()).isEqualTo("BÜNDNIS 90/DIE GRÜNEN");
        assertThat(inquiry.title()).isEqualTo("Baumpflanzungen 2025");
        assertThat(inquiry.committee()).isEqualTo("Ausschuss für Umwelt");
        assertThat(inquiry.date()).isEqualTo(LocalDate.of(2025, 11, 21));
        assertThat(inquiry.items()).hasSize(3);
        assertThat(inquiry.items().get(1).text()).isEqualTo(
                "Wie viele Bäume wurden 2025 gefällt, und aus welchen Gründen?\n- Verkehrssicherheit\n- Baumaßnahmen");
        assertThat(inquiry.warnings()).isEmpty();
    }

    @Test
    void aDocumentCutOffMidQuestionImportsWhatIsThereWithAWarning() throws IOException {
        ImportedInquiry inquiry = parser.parse(document("abgeschnitten.txt"));

        assertThat(inquiry.items()).hasSize(2);
        assertThat(inquiry.items().get(1).text()).isEqualTo("Welche Einsparungen ergeben sich daraus, und wie");
        assertThat(inquiry.warnings()).singleElement().asString().contains("endet mitten in Frage 2");
    }

    @Test
    void aDocumentWithoutQuestionsHasNoItems() throws IOException {
        ImportedInquiry inquiry = parser.parse(document("ohne-fragen.txt"));

        assertThat(inquiry.items()).isEmpty();
    }

    @Test
    void withoutLeadInTheNumberedQuestionsAreStillFound() {
        ImportedInquiry inquiry = parser.parse(SourceDocument.ofText("kurz.txt", """
                Fraktion FDP
                Betreff: Parkgebühren

                1. Wie hoch waren die Einnahmen aus Parkgebühren 2024?
                2. Welche Erhöhung ist geplant?
                """));

        assertThat(inquiry.items()).extracting(ImportedItem::text)
                .containsExactly("Wie hoch waren die Einnahmen aus Parkgebühren 2024?", "Welche Erhöhung ist geplant?");
        assertThat(inquiry.warnings()).singleElement().asString().contains("Keine Einleitung");
        assertThat(inquiry.faction()).isEqualTo("FDP");
    }

    @Test
    void frageNumbersASignatureWithoutClosingFormulaAndATitleWithNumber() throws IOException {
        ImportedInquiry inquiry = parser.parse(document("spd-frage-nummern.txt"));

        assertThat(inquiry.faction()).isEqualTo("SPD");
        assertThat(inquiry.title()).isEqualTo("Wohnungslosigkeit");
        assertThat(inquiry.date()).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(inquiry.items()).extracting(ImportedItem::text).containsExactly(
                "Wie viele Menschen waren am 31.12.2024 in städtischen Notunterkünften untergebracht?",
                "Wie lange beträgt die durchschnittliche Verweildauer? Bitte nach Einzelpersonen und Familien getrennt angeben.",
                "Welche Präventionsangebote gibt es?");
        assertThat(inquiry.warnings()).isEmpty();
    }

    @Test
    void lettersAsQuestionNumbersWithBulletedSubItems() throws IOException {
        ImportedInquiry inquiry = parser.parse(document("freie-waehler-buchstaben.txt"));

        assertThat(inquiry.faction()).isEqualTo("Freie Wähler");
        assertThat(inquiry.title()).isEqualTo("Winterdienst auf Radwegen");
        assertThat(inquiry.date()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(inquiry.items()).extracting(ImportedItem::text).containsExactly(
                "Nach welchem Plan werden Radwege im Winter geräumt?",
                "Welche Radwege haben Vorrang, insbesondere\n- Schulwege,\n- Hauptrouten?",
                "Wie viele Beschwerden gab es im Winter 2024/25?");
        assertThat(inquiry.warnings()).isEmpty();
    }

    @Test
    void romanHeadingsBecomeSectionsAndAWrappedDateIsNoQuestion() throws IOException {
        ImportedInquiry inquiry = parser.parse(document("linke-roemisch.txt"));

        assertThat(inquiry.faction()).isEqualTo("DIE LINKE");
        assertThat(inquiry.title()).isEqualTo("Unterbringung Geflüchteter");
        assertThat(inquiry.items()).extracting(ImportedItem::text).containsExactly(
                "Wie viele Plätze in Gemeinschaftsunterkünften stehen derzeit zur Verfügung, und wie viele davon sind "
                        + "seit dem 12. März 2024 neu geschaffen worden?",
                "Wie hoch ist die Belegungsquote?",
                "Welche Beratungsangebote werden in den Unterkünften vorgehalten?");
        assertThat(inquiry.items()).extracting(item -> item.section().heading())
                .containsExactly("I. Unterbringung", "I. Unterbringung", "II. Prävention");
        assertThat(inquiry.warnings()).isEmpty();
    }

    @Test
    void factionsAreFoundInTheWaysHeadersNameThem() {
        assertThat(NumberedInquiryParser.faction(List.of("Stadtratsfraktion BÜNDNIS 90/DIE GRÜNEN"))).isEqualTo("BÜNDNIS 90/DIE GRÜNEN");
        assertThat(NumberedInquiryParser.faction(List.of("Anfrage der SPD-Fraktion"))).isEqualTo("SPD");
        assertThat(NumberedInquiryParser.faction(List.of("Sehr geehrte Damen und Herren, die Fraktion DIE LINKE bittet um Auskunft:")))
                .isEqualTo("DIE LINKE");
        assertThat(NumberedInquiryParser.faction(List.of("Fraktion im Stadtrat"))).isNull();
    }
}
