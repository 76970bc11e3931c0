package de.ratsanfragen.inquiry;

/** Whether an item asks something (Frage) or only states something that still needs a response (Anmerkung). */
public enum ItemKind {
    QUESTION,
    REMARK
}
