package de.ratsanfragen.response;

import java.time.LocalDate;
import java.util.List;

/**
 * A response as both formats print it: the letterhead, the inquiry it answers, then — in the inquiry's
 * own order — headings, the quoted measures and every item with its answer, and the signature.
 *
 * @param reference the answer's reference, the inquiry's with a suffix ({@code ANF-2026-0001/1})
 * @param draft     marked „Entwurf“ on every page
 */
record ResponseDocument(String municipality, String office, String reference, String faction, LocalDate inquiryDate,
                        String subject, String committee, String opening, List<Block> blocks, String signatureName,
                        String signatureFunction, LocalDate date, boolean draft) {

    ResponseDocument {
        blocks = List.copyOf(blocks);
    }

    /** One part of the body, in reading order. */
    sealed interface Block permits Heading, MeasureBox, Item {
    }

    /** A Handlungsfeld, Empfehlung or section heading of the inquiry. */
    record Heading(String text, int level) implements Block {
    }

    /**
     * A measure the following items are about, as the evaluation states it.
     *
     * @param status        its status at the cut-off date, e.g. „teilweise umgesetzt (Stand 31.12.2022)“
     * @param currentState  the report's „Aktueller Stand“, or empty
     * @param reviewedStatus the status an answer found on review („nach Prüfung“), or {@code null}
     */
    record MeasureBox(String code, String text, String units, String deadline, String status, List<String> currentState,
                      String reviewedStatus) implements Block {

        MeasureBox {
            currentState = List.copyOf(currentState);
        }
    }

    /**
     * An item of the inquiry and its answer.
     *
     * @param label       „Frage 3:“ or „Anmerkung 3:“
     * @param answerLabel „Antwort:“ for a question, „Stellungnahme:“ for a remark
     * @param answer      the approved answer, or {@code null} while it is outstanding (drafts only)
     * @param givenBy     the units that gave it ({@code D01/A11}), or {@code null}
     */
    record Item(String label, String text, String answerLabel, String answer, String givenBy) implements Block {
    }
}
