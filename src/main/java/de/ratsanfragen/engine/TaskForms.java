package de.ratsanfragen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The fields each Camunda Form of the service shows, read once from the forms the service deploys
 * ({@code bpmn/forms/*.form} on the classpath): a task gives its users the variables of its form and no
 * others, and a completion carries only the form's editable fields ({@link EngineApiGuard}), so a unit
 * reworking an item never reads what belongs to other tasks nor sets what is not its to set.
 */
public final class TaskForms {

    static final String LOCATION = "classpath*:bpmn/forms/*.form";

    private TaskForms() {
    }

    /**
     * One form.
     *
     * @param fields the keys of every field it shows, read-only ones included
     * @param inputs the keys of its editable fields, in the form's order (what Tasklist submits)
     */
    public record Form(Set<String> fields, List<String> inputs) {
    }

    /** The keys of every field of the form with this id; empty for an unknown form. */
    static Set<String> fieldsOf(String formId) {
        Form form = formId == null ? null : Loaded.FORMS.get(formId);
        return form == null ? Set.of() : form.fields();
    }

    /** The keys of the editable fields of the form with this id, in the form's order; {@code null} for an unknown form. */
    static List<String> inputsOf(String formId) {
        Form form = formId == null ? null : Loaded.FORMS.get(formId);
        return form == null ? null : form.inputs();
    }

    /** Read on first use: the guard is created by Jersey, not by Spring. */
    private static final class Loaded {
        static final Map<String, Form> FORMS = load();
    }

    /** Every form by its id. */
    public static Map<String, Form> load() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Form> forms = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    Set<String> fields = new LinkedHashSet<>();
                    List<String> inputs = new ArrayList<>();
                    collectKeys(form, fields, inputs);
                    forms.put(form.path("id").asText(), new Form(Set.copyOf(fields), List.copyOf(inputs)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Die Formulare der Aufgaben konnten nicht gelesen werden", e);
        }
        return Map.copyOf(forms);
    }

    private static void collectKeys(JsonNode container, Set<String> fields, List<String> inputs) {
        for (JsonNode component : container.path("components")) {
            if (component.hasNonNull("key")) {
                fields.add(component.get("key").asText());
                if (!component.path("disabled").asBoolean(false)) {
                    inputs.add(component.get("key").asText());
                }
            }
            collectKeys(component, fields, inputs);
        }
    }
}
