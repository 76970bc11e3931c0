package de.ratsanfragen.monitoring;

/**
 * Who holds an item now, as the monitor shows it („Bei“): the unit's code and its name from the directory
 * (the code again for a unit the directory no longer knows).
 */
public record Holder(String code, String name) {
}
