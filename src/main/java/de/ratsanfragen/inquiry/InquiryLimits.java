package de.ratsanfragen.inquiry;

import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * How large one inquiry may be, the same for documents and JSON, checked before anything is stored
 * or previewed. The JSON body's constraints name these numbers; the importers stop at the first item
 * or measure over the limit instead of reading on. Over a limit: 400 with a German detail.
 */
public final class InquiryLimits {

    /** Questions and remarks: the Erfurt commentary, a large one, has 53. */
    public static final int MAX_ITEMS = 500;
    /** Characters of one question or remark: as many as an answer may have (about ten pages). */
    public static final int MAX_ITEM_LENGTH = Contribution.MAX_TEXT_LENGTH;
    /** Characters of the subject. */
    public static final int MAX_TITLE_LENGTH = 500;
    /** A reason the OB office gives (an extension, a correction): the faction reads it in a letter or a mail. */
    public static final int MAX_REASON_LENGTH = 2_000;
    /**
     * Measure rows quoted from an evaluation in one document; every item refers to the measures quoted
     * before it, so this bounds the references too. Erfurt's whole evaluation has well under 200.
     */
    public static final int MAX_QUOTED_MEASURES = 1_000;

    private static final String TITLE = "Anfrage zu umfangreich";

    private InquiryLimits() {
    }

    /** Everything at once, for an inquiry read from a document or sent as JSON. */
    static void check(ImportedInquiry inquiry) {
        checkItemCount(inquiry.items().size());
        checkQuotedMeasures(inquiry.quotedMeasures().size());
        if (inquiry.title() != null && inquiry.title().length() > MAX_TITLE_LENGTH) {
            throw refused("Der Betreff hat " + inquiry.title().length() + " Zeichen; erlaubt sind höchstens "
                    + MAX_TITLE_LENGTH + ". Bitte kürzen Sie ihn.");
        }
        for (ImportedItem item : inquiry.items()) {
            if (item.text().length() > MAX_ITEM_LENGTH) {
                throw refused("Frage " + item.number() + " hat " + item.text().length() + " Zeichen; erlaubt sind höchstens "
                        + MAX_ITEM_LENGTH + " je Frage oder Anmerkung. Bitte teilen oder kürzen Sie sie.");
            }
        }
    }

    /** @param count the items read so far */
    static void checkItemCount(int count) {
        if (count > MAX_ITEMS) {
            throw refused("Die Anfrage enthält mehr als " + MAX_ITEMS + " Fragen und Anmerkungen; angenommen werden höchstens "
                    + MAX_ITEMS + ". Bitte teilen Sie sie auf mehrere Anfragen auf.");
        }
    }

    /** @param count the different measures quoted so far */
    static void checkQuotedMeasures(int count) {
        if (count > MAX_QUOTED_MEASURES) {
            throw refused("Das Dokument zitiert mehr als " + MAX_QUOTED_MEASURES + " Maßnahmen; angenommen werden höchstens "
                    + MAX_QUOTED_MEASURES + ".");
        }
    }

    private static ApiProblem refused(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, TITLE, detail);
    }
}
