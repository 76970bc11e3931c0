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

    OrganizationDirectory(OrganizationProperties properties) {
        DirectoryLoader.Loaded loaded = DirectoryLoader.load(properties.directory());
        this.council = loaded.council();
        this.units = loaded.units();
        this.byName = loaded.byName();
        this.routingTagParser = new RoutingTagParser(this);
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
}
