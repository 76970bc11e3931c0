package de.ratsanfragen.monitoring;

import java.util.Map;
import java.util.Set;

import de.ratsanfragen.platform.ApiProblem;

/**
 * The period of the statistics as the request gives it: ISO dates, not yet read; {@code null} where not given.
 *
 * @param from the first day
 * @param to   the last day
 */
public record StatisticsPeriod(String from, String to) {

    private static final Set<String> NAMES = Set.of("from", "to");

    /**
     * The period of a request's parameters.
     *
     * @throws ApiProblem 400 for a parameter other than {@code from} and {@code to}
     */
    public static StatisticsPeriod of(Map<String, String> parameters) {
        KnownParameters.require(parameters, NAMES, "Unbekannter Parameter",
                name -> "Den Parameter „" + name + "“ gibt es nicht; möglich sind from und to (Datum JJJJ-MM-TT).");
        return asGiven(parameters);
    }

    /** The period as given, whatever else the request holds: for showing it again in the page's form. */
    public static StatisticsPeriod asGiven(Map<String, String> parameters) {
        return new StatisticsPeriod(parameters.get("from"), parameters.get("to"));
    }
}
