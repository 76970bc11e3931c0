package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.List;

import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.QuotedText;

/**
 * What an importer read from an inquiry document, before it is stored.
 *
 * @param title           subject of the inquiry
 * @param faction         the faction as the document names it, or {@code null}
 * @param committee       the committee it is addressed to ("SAG"), or {@code null}
 * @param date            the date the document gives, or {@code null}
 * @param evaluationTitle the evaluation the inquiry comments on ("3. Evaluation des Integrationskonzepts"), or {@code null}
 * @param items           the items in document order
 * @param quotedMeasures  measures quoted from the evaluation, in document order
 * @param recommendations recommendation texts quoted from the evaluation
 * @param warnings        German messages naming each part that could not be read cleanly
 */
public record ImportedInquiry(String title, String faction, String committee, LocalDate date, String evaluationTitle,
                              List<ImportedItem> items, List<Measure> quotedMeasures,
                              List<QuotedText> recommendations, List<String> warnings) {

    public ImportedInquiry {
        items = List.copyOf(items);
        quotedMeasures = List.copyOf(quotedMeasures);
        recommendations = List.copyOf(recommendations);
        warnings = List.copyOf(warnings);
    }
}
