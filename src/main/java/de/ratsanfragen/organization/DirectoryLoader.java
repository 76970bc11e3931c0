package de.ratsanfragen.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import de.ratsanfragen.platform.StartupProblem;
import org.springframework.core.io.Resource;

/**
 * Reads and checks the organization directory. Every problem stops the start with one line that
 * names the file, the entry and what is wrong — a wrong directory would route inquiries to the
 * wrong people.
 */
final class DirectoryLoader {

    /** Codes become Camunda group ids, which Camunda restricts to letters and digits. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> STATES = Set.of("bw", "by", "be", "bb", "hb", "hh", "he", "mv", "ni", "nw",
            "rp", "sl", "sn", "st", "sh", "th");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a key written twice would silently win with its last value
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    record CouncilEntry(String name, String state) {
    }

    record UnitEntry(String code, String name, String kind, String parent, List<String> aliases, String mail) {
    }

    record DirectoryFile(CouncilEntry council, List<UnitEntry> units) {
    }

    record Loaded(Council council, List<Unit> units, Map<String, Unit> byName) {
    }

    private DirectoryLoader() {
    }

    static Loaded load(Resource resource) {
        String file = describe(resource);
        DirectoryFile content = read(resource, file);
        Council council = council(content.council(), file);
        List<Unit> units = units(content.units(), file);
        return new Loaded(council, units, nameIndex(units, file));
    }

    private static DirectoryFile read(Resource resource, String file) {
        if (resource == null || !resource.exists()) {
            throw problem(file, "Datei nicht gefunden");
        }
        try (InputStream in = resource.getInputStream()) {
            DirectoryFile content = YAML.readValue(in, DirectoryFile.class);
            if (content == null) {
                throw problem(file, "Datei ist leer");
            }
            return content;
        } catch (UnrecognizedPropertyException e) {
            throw problem(file, where(e) + "unbekanntes Feld „" + e.getPropertyName() + "“ (erlaubt: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))
                    + ")");
        } catch (MismatchedInputException e) {
            throw problem(file, where(e) + "„" + field(e) + "“ hat die falsche Form, erwartet wird "
                    + (e.getTargetType() != null && List.class.isAssignableFrom(e.getTargetType()) ? "eine Liste" : "ein einzelner Wert"));
        } catch (JsonProcessingException e) {
            // syntax errors arrive wrapped in a mapping exception when they occur inside an entry
            String line = e.getLocation() == null ? "" : " (Fehler um Zeile " + e.getLocation().getLineNr() + ")";
            throw problem(file, "kein gültiges YAML" + line);
        } catch (IOException e) {
            throw problem(file, "Datei nicht lesbar: " + e.getMessage());
        }
    }

    private static Council council(CouncilEntry entry, String file) {
        if (entry == null || isBlank(entry.name())) {
            throw problem(file, "„council.name“ fehlt (Name der Kommune)");
        }
        String state = entry.state() == null ? "" : entry.state().trim().toLowerCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            throw problem(file, "„council.state“ ist „" + entry.state()
                    + "“, erwartet wird das Kürzel eines Bundeslandes (z. B. th, sn, by)");
        }
        return new Council(entry.name().trim(), state);
    }

    private static List<Unit> units(List<UnitEntry> entries, String file) {
        if (entries == null || entries.isEmpty()) {
            throw problem(file, "„units“ fehlt oder ist leer");
        }
        Map<String, Integer> positionByCode = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            UnitEntry entry = entries.get(i);
            String label = label(i, entry);
            if (entry == null || isBlank(entry.code())) {
                throw problem(file, label + ": Code fehlt");
            }
            String code = entry.code().trim();
            if (!CODE.matcher(code).matches()) {
                throw problem(file, label + ": Code „" + code + "“ ist ungültig, erlaubt sind nur Buchstaben und Ziffern");
            }
            Integer earlier = positionByCode.putIfAbsent(code.toUpperCase(Locale.ROOT), i + 1);
            if (earlier != null) {
                throw problem(file, label + ": Code doppelt vergeben (schon Eintrag " + earlier + ")");
            }
            if (isBlank(entry.name())) {
                throw problem(file, label + ": Name fehlt");
            }
            UnitKind kind = kind(entry.kind(), file, label);
            if (isBlank(entry.mail()) || !MAIL.matcher(entry.mail().trim()).matches()) {
                throw problem(file, label + ": E-Mail-Adresse fehlt oder ist ungültig („" + entry.mail() + "“)");
            }
            List<String> aliases = entry.aliases() == null ? List.of()
                    : entry.aliases().stream().filter(alias -> !isBlank(alias)).map(String::trim).toList();
            units.add(new Unit(code, entry.name().trim(), kind, isBlank(entry.parent()) ? null : entry.parent().trim(),
                    aliases, entry.mail().trim()));
        }
        List<Unit> checked = checkParents(units, file);
        checkSingleOffice(checked, file);
        return checked;
    }

    /** Code, name and aliases of every unit, each found under its {@link UnitNames#key}; a name used twice is an error. */
    private static Map<String, Unit> nameIndex(List<Unit> units, String file) {
        Map<String, Unit> byName = new HashMap<>();
        for (Unit unit : units) {
            List<String> names = new ArrayList<>(List.of(unit.code(), unit.name()));
            names.addAll(unit.aliases());
            for (String name : names) {
                Unit other = byName.putIfAbsent(UnitNames.key(name), unit);
                if (other != null && !other.code().equals(unit.code())) {
                    throw problem(file, "Eintrag " + (units.indexOf(unit) + 1) + " (" + unit.code() + "): der Name „" + name
                            + "“ gehört schon zu " + other.code() + "; Namen und Aliase müssen eindeutig sein");
                }
            }
        }
        return Map.copyOf(byName);
    }

    private static UnitKind kind(String kind, String file, String label) {
        String allowed = Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (isBlank(kind)) {
            throw problem(file, label + ": Art („kind“) fehlt, erlaubt: " + allowed);
        }
        try {
            return UnitKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(file, label + ": unbekannte Art „" + kind + "“, erlaubt: " + allowed);
        }
    }

    /**
     * Ämter, Büros, Fachdienste and companies belong to a Dezernat (or directly to the OB office);
     * Dezernate, the OB office and factions stand at the top. Routing relies on exactly that shape.
     */
    private static List<Unit> checkParents(List<Unit> units, String file) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        units.forEach(unit -> byCode.put(unit.code().toUpperCase(Locale.ROOT), unit));
        List<Unit> checked = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String label = "Eintrag " + (i + 1) + " (" + unit.code() + ")";
            if (unit.parent() == null) {
                checked.add(unit);
                continue;
            }
            if (unit.kind().isTopLevel() || !unit.isStaff()) {
                throw problem(file, label + ": " + unit.kind().label() + " steht an der Spitze und hat keine übergeordnete Einheit");
            }
            Unit parent = byCode.get(unit.parent().toUpperCase(Locale.ROOT));
            if (parent == null) {
                throw problem(file, label + ": unbekannte übergeordnete Einheit „" + unit.parent() + "“");
            }
            if (!parent.kind().isTopLevel()) {
                throw problem(file, label + ": übergeordnete Einheit „" + unit.parent()
                        + "“ muss ein Dezernat oder der Bereich Oberbürgermeister sein, ist aber " + parent.kind().label());
            }
            checked.add(new Unit(unit.code(), unit.name(), unit.kind(), parent.code(), unit.aliases(), unit.mail()));
        }
        return checked;
    }

    private static void checkSingleOffice(List<Unit> units, String file) {
        long offices = units.stream().filter(unit -> unit.kind() == UnitKind.OB_OFFICE).count();
        if (offices != 1) {
            throw problem(file, "genau eine Einheit der Art OB_OFFICE wird gebraucht (sie prüft und verteilt die Anfragen), gefunden: "
                    + offices);
        }
    }

    private static String label(int index, UnitEntry entry) {
        return entry == null || isBlank(entry.code()) ? "Eintrag " + (index + 1)
                : "Eintrag " + (index + 1) + " (" + entry.code().trim() + ")";
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).reduce((first, second) -> second).orElse("?");
    }

    private static String where(JsonMappingException e) {
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                return "Eintrag " + (reference.getIndex() + 1) + ": ";
            }
        }
        return "";
    }

    static StartupProblem problem(String file, String message) {
        return new StartupProblem("Organisationsverzeichnis " + file + ": " + message + ".",
                "Korrigieren Sie das Organisationsverzeichnis (Eigenschaft ratsanfragen.organization.directory) und starten Sie neu.");
    }

    private static String describe(Resource resource) {
        if (resource == null) {
            return "(nicht konfiguriert)";
        }
        return resource.getDescription().replaceFirst("^class path resource \\[(.*)]$", "classpath:$1")
                .replaceFirst("^(?:file|URL) \\[(.*)]$", "$1");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
