package de.ratsanfragen.monitoring;

import java.util.Map;
import java.util.Set;

import de.ratsanfragen.platform.ApiProblem;

/**
 * The archive's filters and page as the request gives them (not yet checked: {@link DeadlineArchive} does);
 * {@code null} where not given, so that the page shows them again as they were typed.
 *
 * @param year    the year of receipt ({@code 2025})
 * @param faction a faction's code or name
 * @param text    text in the subject
 * @param page    the page, from 1
 * @param size    rows per page
 */
public record ArchiveFilter(String year, String faction, String text, String page, String size) {

    private static final Set<String> NAMES = Set.of("year", "faction", "text", "page", "size");

    /**
     * The filters of a request's parameters; an empty value is no filter.
     *
     * @throws ApiProblem 400 for a parameter that is no filter of the archive
     */
    public static ArchiveFilter of(Map<String, String> parameters) {
        KnownParameters.require(parameters, NAMES, "Unbekannter Filter",
                name -> "Den Filter „" + name + "“ gibt es im Archiv nicht; möglich sind year, faction, text, page und size.");
        return asGiven(parameters);
    }

    /** The filters as given, whatever else the request holds: for showing them again in the page's form. */
    public static ArchiveFilter asGiven(Map<String, String> parameters) {
        return new ArchiveFilter(value(parameters, "year"), value(parameters, "faction"), value(parameters, "text"),
                value(parameters, "page"), value(parameters, "size"));
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
