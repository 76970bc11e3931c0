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

    /**
     * The light a filter names ({@code UEBERFAELLIG}, …).
     *
     * @throws de.ratsanfragen.platform.ApiProblem 400 for a name that is no light
     */
    static TrafficLight named(String name) {
        for (TrafficLight light : values()) {
            if (light.name().equals(name.strip())) {
                return light;
            }
        }
        throw new de.ratsanfragen.platform.ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Unbekannte Ampel",
                "Die Ampel „" + name.strip() + "“ gibt es nicht; möglich sind " + java.util.Arrays.stream(values())
                        .map(light -> light.name() + " (" + light.label() + ")").collect(java.util.stream.Collectors.joining(", ")) + ".");
    }

    /**
     * The light of an inquiry: overdue as soon as one of its steps is — an item's task (or a task about the
     * whole inquiry) past its own due date — even while its final deadline still lies ahead; otherwise by
     * the final deadline.
     */
    static TrafficLight of(Integer workingDaysLeft, int soonWorkingDays, boolean stepOverdue) {
        return stepOverdue ? UEBERFAELLIG : of(workingDaysLeft, soonWorkingDays);
    }

    /** The light for a deadline this many working days ahead (negative: passed; {@code null}: none yet). */
    static TrafficLight of(Integer workingDaysLeft, int soonWorkingDays) {
        return workingDaysLeft == null ? OHNE_FRIST : workingDaysLeft < 0 ? UEBERFAELLIG
                : workingDaysLeft <= soonWorkingDays ? BALD_FAELLIG : IM_PLAN;
    }
}
