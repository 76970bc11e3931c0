package de.ratsanfragen.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ratsanfragen.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The council's organization directory, loaded once at start from
 * {@code ratsanfragen.organization.directory}: find units by code or by the names documents use,
 * and read routing tags against it.
 */
@Service
public class OrganizationDirectory {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDirectory.class);

    private final Council council;
    private final List<Unit> units;
    private final Map<String, Unit> byName;
    private final RoutingTagParser routingTagParser;
    private final RoutingTagBuilder routingTagBuilder;
    private final RoutingHints routingHints;

    OrganizationDirectory(OrganizationProperties properties) {
        DirectoryLoader.Loaded loaded = DirectoryLoader.load(properties.directory());
        this.council = loaded.council();
        this.units = loaded.units();
        this.byName = loaded.byName();
        this.routingTagParser = new RoutingTagParser(this);
        this.routingTagBuilder = new RoutingTagBuilder(this, routingTagParser);
        this.routingHints = new RoutingHints(this);
        log.info("Organisationsverzeichnis für {} geladen: {} Einheiten", council.name(), units.size());
    }

    /**
     * Loads a directory file outside the application context (checks, tools, tests).
     *
     * @throws de.ratsanfragen.platform.StartupProblem naming the file, entry and problem if it is not valid
     */
    public static OrganizationDirectory load(Resource file) {
        return new OrganizationDirectory(new OrganizationProperties(file));
    }

    public Council council() {
        return council;
    }

    /** All units in the order of the directory file. */
    public List<Unit> units() {
        return units;
    }

    /** The unit with this code, name or alias (case, spaces and punctuation do not matter). */
    public Optional<Unit> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        Unit unit = byName.get(UnitNames.key(codeOrName));
        if (unit == null) {
            String withoutRole = UnitNames.withoutRole(codeOrName);
            // without a function word to drop, the key would be the same
            unit = withoutRole.length() == codeOrName.trim().length() ? null : byName.get(UnitNames.key(withoutRole));
        }
        return Optional.ofNullable(unit);
    }

    /** The OB office, which triages inquiries and receives everything nobody else is named for. */
    /**
     * The units of the administration (not factions) that these group ids are — by exact code, as Camunda
     * and Tasklist count a group, not by a name or alias {@link #find} would also accept.
     */
    public List<Unit> staffUnitsOf(java.util.Collection<String> groupIds) {
        return groupIds.stream().distinct().map(this::find).flatMap(Optional::stream)
                .filter(unit -> unit.isStaff() && groupIds.contains(unit.code())).distinct().toList();
    }

    public Unit obOffice() {
        return units.stream().filter(unit -> unit.kind() == UnitKind.OB_OFFICE).findFirst().orElseThrow();
    }

    /**
     * Reads a routing tag ("V-Vermerk"); what cannot be read is reported in {@link RoutingTag#warnings()}.
     *
     * @throws ApiProblem 400 with a German detail for a tag longer than {@link RoutingTag#MAX_LENGTH}
     */
    public RoutingTag parseRoutingTag(String tag) {
        if (tag != null && tag.length() > RoutingTag.MAX_LENGTH) {
            String start = tag.strip();
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "V-Vermerk zu lang", "Der V-Vermerk „"
                    + (start.length() > 40 ? start.substring(0, 40) + "…" : start) + "“ ist " + tag.length()
                    + " Zeichen lang; erlaubt sind höchstens " + RoutingTag.MAX_LENGTH + ". Ein V-Vermerk nennt nur "
                    + "Dezernate und Einheiten, z. B. „V: D01/ A11// D03/ A32“.");
        }
        return routingTagParser.parse(tag);
    }

    /**
     * The routing tag for units chosen from a list, as the grammar writes it ({@code V: D03/ A53// D05/ A50 in
     * Abstimmung mit D01}): the lead first, then the other units that answer, grouped by their Dezernat.
     *
     * @param lead      code (or name) of the unit that leads
     * @param others    further units that answer; may be empty
     * @param consulted units consulted ("in Abstimmung mit"); may be empty
     * @throws ApiProblem 400 with a German detail for no lead, an unknown unit, a faction, a unit both answering and
     *                    consulted, or a Dezernat chosen together with one of its own units
     */
    public RoutingTag routingOf(String lead, List<String> others, List<String> consulted) {
        return routingTagBuilder.build(lead, others, consulted);
    }

    /** The staff units a routing hint of a document names („Beantwortung Gesundheitsamt“), in the order written. */
    public List<Unit> unitsNamedIn(String hint) {
        return routingHints.unitsNamedIn(hint);
    }

    /**
     * The routing a document's hints suggest: the first unit named leads, the others answer with it (a Dezernat
     * is left out where one of its own units is named too); empty when the hints name no unit that may answer.
     */
    public Optional<RoutingTag> suggestedRouting(List<String> hints) {
        List<Unit> named = hints == null ? List.of()
                : hints.stream().flatMap(hint -> unitsNamedIn(hint).stream()).distinct().toList();
        List<Unit> answering = named.stream().filter(unit -> !unit.kind().isTopLevel()
                || named.stream().noneMatch(other -> unit.code().equals(other.parent()))).toList();
        if (answering.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(routingOf(answering.get(0).code(),
                    answering.subList(1, answering.size()).stream().map(Unit::code).toList(), List.of()));
        } catch (ApiProblem unusable) {
            // a hint naming a unit outside every Dezernat: no suggestion rather than a wrong one
            return Optional.empty();
        }
    }

    /**
     * The units a routing tag can name, grouped as the grammar groups them: each Dezernat (and the OB office, which
     * the grammar also takes as a head) with its own units, in the directory's order. Factions are in no group,
     * nor is a unit that belongs to no Dezernat.
     */
    public Map<Unit, List<Unit>> routableUnits() {
        Map<Unit, List<Unit>> groups = new java.util.LinkedHashMap<>();
        units.stream().filter(unit -> unit.isStaff() && unit.kind().isTopLevel())
                .forEach(head -> groups.put(head, units.stream().filter(unit -> head.code().equals(unit.parent())).toList()));
        return java.util.Collections.unmodifiableMap(groups);
    }
}
