package de.ratsanfragen.deadline;

/** The internal steps of answering an inquiry, in the order they happen; each has its own due date. */
public enum Step {

    /** The assigned units answer their items. */
    ANSWERS("Antworten der Fachbereiche"),
    /** The lead unit merges several units' contributions into one answer. */
    CONSOLIDATION("Zusammenführung durch die federführende Einheit"),
    /** Each Dezernat involved signs off its items' answers. */
    SIGN_OFF("Mitzeichnung durch das Dezernat"),
    /** The OB office approves the response before it is released. */
    APPROVAL("Freigabe durch den Bereich Oberbürgermeister");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    /** German name for task descriptions and mails. */
    public String label() {
        return label;
    }
}
