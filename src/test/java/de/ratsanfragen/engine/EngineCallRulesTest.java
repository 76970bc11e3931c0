package de.ratsanfragen.engine;

import static de.ratsanfragen.engine.EngineCallRules.Access.REFUSED_FOR_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the engine API's gate, call by call (the HTTP tests show them applied in both ways in). */
class EngineCallRulesTest {

    private static List<String> path(String path) {
        return EngineCallRules.normalize(Arrays.asList(path.split("/")));
    }

    @ParameterizedTest(name = "{0} {1}: staff {2}, administrator {3}")
    @CsvSource({
            "GET, task, ALLOWED, ALLOWED",
            "POST, task/count, ALLOWED, ALLOWED",
            "GET, engine/default/task/1/form-variables, TASK_FORM_FIELDS, TASK_FORM_FIELDS",
            "GET, task/1/variables/answer, TASK_FORM_FIELDS, TASK_FORM_FIELDS",
            "POST, task/1/complete, TASK_INPUTS, TASK_INPUTS",
            "POST, task/1/submit-form, TASK_INPUTS, TASK_INPUTS",
            "PUT, user/a11/credentials, OWN_USER, OWN_USER",
            "OPTIONS, process-instance/1/variables, ALLOWED, ALLOWED",
            "GET, task/1/variables, REFUSED_FOR_STAFF, ALLOWED",
            "PUT, task/1/variables/obOffice, REFUSED_FOR_STAFF, ALLOWED",
            "POST, process-instance/1/variables, REFUSED_FOR_STAFF, ALLOWED",
            "DELETE, user/a11, REFUSED_FOR_STAFF, ALLOWED",
            "PUT, user/a11/profile, REFUSED_FOR_STAFF, ALLOWED",
            "POST, task/1/comment/create, REFUSED_FOR_STAFF, ALLOWED",
            "POST, task/1/bpmnError, REFUSED, REFUSED",
            "POST, task/1/BPMNESCALATION, REFUSED, REFUSED",
            "POST, engine/default/task/1/resolve, REFUSED, REFUSED",
            "POST, process-instance/1/modification, REFUSED, REFUSED",
            "POST, process-definition/key/process_inquiry/start, REFUSED, REFUSED",
            "POST, process-definition/1/submit-form, REFUSED, REFUSED",
            "POST, message, REFUSED, REFUSED",
            "POST, signal, REFUSED, REFUSED",
            "POST, execution/1/messageSubscriptions/m/trigger, REFUSED, REFUSED",
            "POST, deployment/create, REFUSED, REFUSED",
            "DELETE, deployment/1, REFUSED, REFUSED",
            "POST, external-task/1/complete, REFUSED, REFUSED",
            "POST, identity/verify, REFUSED, REFUSED",
            "GET, deployment, REFUSED_FOR_STAFF, ALLOWED",
            "GET, process-instance, REFUSED_FOR_STAFF, ALLOWED"})
    void whoMayMakeWhichCall(String method, String path, EngineCallRules.Access staff, EngineCallRules.Access administrator) {
        assertThat(EngineCallRules.access(method, path(path), false)).isEqualTo(staff);
        assertThat(EngineCallRules.access(method, path(path), true)).isEqualTo(administrator);
    }

    @ParameterizedTest
    @CsvSource({"task//1//complete", "engine/default/task/1/complete", "task/1/complete/"})
    void aPathIsComparedSegmentBySegment(String written) {
        assertThat(path(written)).containsExactly("task", "1", "complete");
    }

    @ParameterizedTest
    @CsvSource({"task/1/complete/x", "task/1", "tasks/1/complete"})
    void aLongerOrOtherPathIsNotTheSameCall(String written) {
        assertThat(EngineCallRules.access("POST", path(written), false)).isEqualTo(REFUSED_FOR_STAFF);
    }
}
