package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.IntStream;

import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.platform.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.http.HttpStatus;

/** The limits of one inquiry, and what the importers make of documents that exceed them or break their patterns. */
class InquiryLimitsTest {

    private static final String COMMENTARY_HEAD = """
            Fragen zur 3. Evaluation des Integrationskonzepts
            Fraktion BÜNDNIS 90/DIE GRÜNEN zum SAG, 2.12.2025

            Handlungsfeld 1: Öffnung

            Empfehlung 1, M1:

            """;

    private final EvaluationInquiryParser commentary = new EvaluationInquiryParser(ErfurtSeedGoldenTest.erfurt());
    private final NumberedInquiryParser numbered = new NumberedInquiryParser();

    private static SourceDocument numberedQuestions(int count) {
        StringBuilder text = new StringBuilder("Betreff: Schulen\nWir fragen die Verwaltung:\n");
        IntStream.rangeClosed(1, count).forEach(i -> text.append(i % 100).append(". Wie geht es weiter?\n"));
        return SourceDocument.ofText("anfrage.txt", text.toString());
    }

    private static ApiProblem refused(Executable importing) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, importing::execute);
        assertThat(problem).as("refused").isNotNull();
        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        return problem;
    }

    @Test
    void asManyNumberedQuestionsAsAllowedAreRead() {
        assertThat(numbered.parse(numberedQuestions(InquiryLimits.MAX_ITEMS)).items()).hasSize(InquiryLimits.MAX_ITEMS);
    }

    @Test
    void oneNumberedQuestionMoreIsRefused() {
        assertThat(refused(() -> numbered.parse(numberedQuestions(InquiryLimits.MAX_ITEMS + 1))).getMessage())
                .contains("mehr als " + InquiryLimits.MAX_ITEMS + " Fragen und Anmerkungen");
    }

    @Test
    void oneCommentaryItemMoreThanAllowedIsRefused() {
        String items = "Warum?\n\nV: D01/ A11\n\n".repeat(InquiryLimits.MAX_ITEMS + 1);

        assertThat(refused(() -> commentary.parse(SourceDocument.ofText("a.txt", COMMENTARY_HEAD + items))).getMessage())
                .contains("mehr als " + InquiryLimits.MAX_ITEMS);
    }

    @Test
    void moreQuotedMeasuresThanAllowedAreRefused() {
        StringBuilder rows = new StringBuilder();
        IntStream.rangeClosed(1, InquiryLimits.MAX_QUOTED_MEASURES + 1).forEach(i -> rows
                .append("Empfehlung ").append(i / 100).append(":\n")
                .append("M").append(i % 100).append(": Maßnahme\tAmt\t2025\t(x) vollständig umgesetzt\n"));

        assertThat(refused(() -> commentary.parse(SourceDocument.ofText("a.txt", COMMENTARY_HEAD + rows))).getMessage())
                .contains("mehr als " + InquiryLimits.MAX_QUOTED_MEASURES + " Maßnahmen");
    }

    @Test
    void anItemLongerThanAllowedIsRefusedByItsNumber() {
        ImportedInquiry inquiry = commentary.parse(SourceDocument.ofText("a.txt",
                COMMENTARY_HEAD + "Kurz?\n\n" + "Wort ".repeat(InquiryLimits.MAX_ITEM_LENGTH / 5) + "lang?\n"));

        assertThat(inquiry.items()).hasSize(2);
        assertThat(refused(() -> InquiryLimits.check(inquiry)).getMessage())
                .contains("Frage 2 hat " + inquiry.items().get(1).text().length() + " Zeichen", "höchstens " + InquiryLimits.MAX_ITEM_LENGTH);
    }

    @Test
    void aTitleLongerThanAllowedIsRefusedAndOneOfTheMaximumLengthIsNot() {
        ImportedItem item = new ImportedItem(1, ItemKind.QUESTION, "Warum?", null, List.of(), null, List.of());
        ImportedInquiry longest = new ImportedInquiry("B".repeat(InquiryLimits.MAX_TITLE_LENGTH), null, null, null, null,
                List.of(item), List.of(), List.of(), List.of());
        ImportedInquiry tooLong = new ImportedInquiry("B".repeat(InquiryLimits.MAX_TITLE_LENGTH + 1), null, null, null, null,
                List.of(item), List.of(), List.of(), List.of());

        InquiryLimits.check(longest);
        assertThat(refused(() -> InquiryLimits.check(tooLong)).getMessage()).contains("Betreff hat 501 Zeichen");
    }

    @Test
    void numbersTooLongForAHeadingOrMeasureMakeNeitherAndNoCrash() {
        ImportedInquiry inquiry = commentary.parse(SourceDocument.ofText("a.txt", COMMENTARY_HEAD + """
                Handlungsfeld 99999999999: Überlauf

                Empfehlung 99999999999, M1:

                M99999999999: Maßnahme\tAmt\t2025\t(x) vollständig umgesetzt

                Allgemein zu Empfehlung 99999999999: Warum?

                V: D01/ A11
                """));

        assertThat(inquiry.quotedMeasures()).isEmpty();
        assertThat(inquiry.items()).extracting(ImportedItem::measureRefs).containsOnly(List.of("HF1/E1/M1"));
    }

    @Test
    void aRecommendationNamingMoreMeasuresThanAnyHeadingIsText() {
        ImportedInquiry inquiry = commentary.parse(SourceDocument.ofText("a.txt", COMMENTARY_HEAD
                + "Empfehlung 2, " + "M1 und ".repeat(60) + "M2:\n\nWarum?\n\nV: D01/ A11\n"));

        assertThat(inquiry.items()).extracting(ImportedItem::text).first().asString().startsWith("Empfehlung 2, M1 und M1");
    }

    @Test
    void theHeaderNamesFactionCommitteeAndDateAlsoWithCommasInTheCommittee() {
        ImportedInquiry inquiry = commentary.parse(SourceDocument.ofText("a.txt", """
                Fragen zur 3. Evaluation
                Fraktion DIE LINKE im Ausschuss für Bildung, Kultur und Sport, 03.4.2025

                Handlungsfeld 1: Öffnung

                Warum?

                V: D01/ A11
                """));

        assertThat(inquiry.faction()).isEqualTo("DIE LINKE");
        assertThat(inquiry.committee()).isEqualTo("Ausschuss für Bildung, Kultur und Sport");
        assertThat(inquiry.date()).hasToString("2025-04-03");
    }

    @Test
    void aHeaderWithoutCommitteeHasNone() {
        ImportedInquiry inquiry = commentary.parse(SourceDocument.ofText("a.txt", """
                Fragen zur 3. Evaluation
                Fraktion SPD zum , 1.2.2025

                Handlungsfeld 1: Öffnung

                Warum?

                V: D01/ A11
                """));

        assertThat(inquiry.faction()).isEqualTo("SPD zum");
        assertThat(inquiry.committee()).isNull();
        assertThat(inquiry.date()).hasToString("2025-02-01");
    }
}
