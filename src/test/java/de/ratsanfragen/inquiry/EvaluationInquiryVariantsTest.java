package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.ratsanfragen.document.SourceDocument;
import org.junit.jupiter.api.Test;

/** Variations of the Erfurt format that other documents of the same kind use. */
class EvaluationInquiryVariantsTest {

    private final EvaluationInquiryParser parser = new EvaluationInquiryParser(ErfurtSeedGoldenTest.erfurt());

    private ImportedInquiry parse(String body) {
        return parser.parse(SourceDocument.ofText("variante.txt", """
                Fragen zur 3. Evaluation des Integrationskonzepts
                Fraktion BÜNDNIS 90/DIE GRÜNEN zum SAG, 2.12.2025

                """ + body));
    }

    @Test
    void routingTagsWithADotOrWithoutColonStillRoute() {
        ImportedInquiry inquiry = parse("""
                Handlungsfeld 1: Öffnung

                Wie viele Stellen sind besetzt?

                V.: D01/ A11

                Wie viele Beschwerden gab es?

                V D03/ A32
                """);

        assertThat(inquiry.items()).extracting(item -> item.routing().lead()).containsExactly("A11", "A32");
        assertThat(inquiry.items()).extracting(ImportedItem::kind).containsOnly(ItemKind.QUESTION);
    }

    @Test
    void recommendationHeadingsWithRangesAndParentheses() {
        ImportedInquiry inquiry = parse("""
                Handlungsfeld 2: Antidiskriminierung

                Empfehlung 2, M1-M3:

                Was wurde erreicht?

                V: D01

                Empfehlung 4 (M1):

                Wer ist zuständig?

                V: D01
                """);

        assertThat(inquiry.items()).extracting(ImportedItem::measureRefs).containsExactly(
                List.of("HF2/E2/M1", "HF2/E2/M2", "HF2/E2/M3"), List.of("HF2/E4/M1"));
        assertThat(inquiry.recommendations()).isEmpty();
    }

    @Test
    void aSentenceBeginningWithBeantwortungIsAnItem() {
        ImportedInquiry inquiry = parse("""
                Handlungsfeld 3: Sprache

                Beantwortung der letzten Anfrage steht seit Monaten aus.

                V: D01/A17
                """);

        assertThat(inquiry.items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(ItemKind.REMARK);
            assertThat(item.text()).isEqualTo("Beantwortung der letzten Anfrage steht seit Monaten aus.");
            assertThat(item.routing().raw()).isEqualTo("V: D01/A17");
        });
    }
}
