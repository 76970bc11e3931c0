package de.ratsanfragen.monitoring;

import java.util.Map;
import java.util.Set;

import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * The deadline monitor's filters as the request gives them (not yet checked against the directory);
 * {@code null} where not filtered.
 *
 * @param dezernat a Dezernat's (or the OB office's) code or name
 * @param unit     any unit's code or name
 * @param faction  a faction's code or name
 * @param state    an open inquiry's state ({@code IN_TRIAGE}, …)
 * @param light    a traffic light ({@code UEBERFAELLIG}, …)
 */
public record DeadlineFilter(String dezernat, String unit, String faction, String state, String light) {

    private static final Set<String> NAMES = Set.of("dezernat", "unit", "faction", "state", "light");

    /**
     * The filters of a request's parameters; an empty value is no filter.
     *
     * @throws ApiProblem 400 for a parameter with a value that is no filter
     */
    public static DeadlineFilter of(Map<String, String> parameters) {
        parameters.keySet().stream().filter(name -> value(parameters, name) != null && !NAMES.contains(name)).findFirst().ifPresent(name -> {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unbekannter Filter",
                    "Den Filter „" + name + "“ gibt es nicht; möglich sind dezernat, unit, faction, state und light.");
        });
        return new DeadlineFilter(value(parameters, "dezernat"), value(parameters, "unit"), value(parameters, "faction"),
                value(parameters, "state"), value(parameters, "light"));
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
