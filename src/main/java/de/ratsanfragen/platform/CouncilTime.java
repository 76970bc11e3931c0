package de.ratsanfragen.platform;

import java.time.ZoneId;

/** Dates of the council (receipt, deadlines, "today") are dates in German local time. */
public final class CouncilTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private CouncilTime() {
    }
}
