package de.ratsanfragen.evaluation;

/** Umsetzungsstand of a measure (goal) as the evaluation report gives it. */
public enum MeasureStatus {
    FULFILLED("vollständig umgesetzt"),
    PARTIAL("teilweise umgesetzt"),
    NOT_FULFILLED("nicht umgesetzt"),
    DISCARDED("verworfen"),
    /** The document does not say it unambiguously (e.g. two boxes checked); always comes with a warning. */
    UNCLEAR("unklar");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    /** The German wording of the status. */
    public String label() {
        return label;
    }
}
