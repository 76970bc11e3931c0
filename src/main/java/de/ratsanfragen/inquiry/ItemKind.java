package de.ratsanfragen.inquiry;

/** Whether an item asks something (Frage) or only states something that still needs a response (Anmerkung). */
public enum ItemKind {
    QUESTION,
    REMARK;

    /** Whatever asks something needs an answer: a text with a question mark is a question. */
    static ItemKind of(String text) {
        return text.contains("?") ? QUESTION : REMARK;
    }
}
