package de.ratsanfragen.organization;

/**
 * What kind of organisational unit an entry of the directory is. Cities name their units
 * differently (Erfurt: Ämter with numbers, Jena: Fachdienste and Eigenbetriebe), so the kind only
 * says how the unit takes part in answering, not how it is numbered.
 */
public enum UnitKind {
    OB_OFFICE("Bereich Oberbürgermeister"),
    DEZERNAT("Dezernat"),
    AMT("Amt"),
    BUERO("Büro"),
    FACHDIENST("Fachdienst"),
    EIGENBETRIEB("Eigenbetrieb"),
    COMPANY("Gesellschaft"),
    FACTION("Fraktion");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    /** The German word shown to users. */
    public String label() {
        return label;
    }

    /** Staff of the administration answer and approve; factions only ask. */
    public boolean isStaff() {
        return this != FACTION;
    }

    /** Units a Dezernat can be named with in a routing tag, or the top level itself. */
    boolean isTopLevel() {
        return this == DEZERNAT || this == OB_OFFICE;
    }
}
