package de.ratsanfragen.inquiry;

import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Picks the importer that fits the document and refuses documents in which no item can be found. */
@Component
class InquiryImporter {

    /** How the document was read, shown with the inquiry. */
    enum Format {
        /** Comments on an evaluation, with Handlungsfeld/Empfehlung sections and V: routing tags. */
        EVALUATION_COMMENTARY,
        /** The usual council format with numbered questions. */
        NUMBERED_QUESTIONS,
        /** Submitted as JSON. */
        JSON
    }

    record Result(ImportedInquiry inquiry, Format format) {
    }

    private final EvaluationInquiryParser evaluationParser;
    private final NumberedInquiryParser numberedParser = new NumberedInquiryParser();

    InquiryImporter(OrganizationDirectory directory) {
        this.evaluationParser = new EvaluationInquiryParser(directory);
    }

    Result read(SourceDocument document) {
        boolean commentary = EvaluationInquiryParser.recognizes(document);
        ImportedInquiry inquiry = commentary ? evaluationParser.parse(document) : numberedParser.parse(document);
        if (inquiry.items().isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Keine Fragen erkannt",
                    "In „" + document.fileName() + "“ wurde keine Frage erkannt. Erwartet werden nummerierte Fragen "
                            + "nach einer Einleitung wie „Wir fragen daher die Verwaltung:“ oder Fragen und Anmerkungen "
                            + "zu Handlungsfeldern mit V-Vermerken.");
        }
        return new Result(inquiry, commentary ? Format.EVALUATION_COMMENTARY : Format.NUMBERED_QUESTIONS);
    }
}
