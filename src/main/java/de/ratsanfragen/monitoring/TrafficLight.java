package de.ratsanfragen.monitoring;

/** The traffic light of a deadline: im Plan, bald fällig, überfällig (and „in Prüfung“ before a deadline is set). */
public enum TrafficLight {
    IM_PLAN("im Plan"), BALD_FAELLIG("bald fällig"), UEBERFAELLIG("überfällig"), OHNE_FRIST("in Prüfung, Frist folgt");

    private final String label;

    TrafficLight(String label) {
        this.label = label;
    }

    /** The German words the pages and exports show. */
    public String label() {
        return label;
    }

    /** The light for a deadline this many working days ahead (negative: passed; {@code null}: none yet). */
    static TrafficLight of(Integer workingDaysLeft, int soonWorkingDays) {
        return workingDaysLeft == null ? OHNE_FRIST : workingDaysLeft < 0 ? UEBERFAELLIG
                : workingDaysLeft <= soonWorkingDays ? BALD_FAELLIG : IM_PLAN;
    }
}
