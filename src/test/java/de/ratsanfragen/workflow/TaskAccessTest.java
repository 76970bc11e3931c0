package de.ratsanfragen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.WebappSession;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda's authorization applies to the engine REST API: a unit sees and completes the tasks of
 * its own group and nobody else's.
 */
class TaskAccessTest extends ServiceTestSupport {

    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    private String taskOfA11;
    private String taskOfA32;

    @BeforeEach
    void oneTaskForEachOfTwoUnits() {
        taskOfA11 = createTask("Frage 1 beantworten", "A11");
        taskOfA32 = createTask("Frage 2 beantworten", "A32");
    }

    @AfterEach
    void removeTasks() {
        for (String id : List.of(taskOfA11, taskOfA32)) {
            if (taskService.createTaskQuery().taskId(id).count() > 0) {
                taskService.deleteTask(id, true);
            } else {
                historyService.deleteHistoricTaskInstance(id);
            }
        }
    }

    private String createTask(String name, String group) {
        Task task = taskService.newTask();
        task.setName(name);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        return task.getId();
    }

    @Test
    void aUnitQueriesOnlyItsOwnTasks() {
        List<String> seenByA11 = as("a11").get("/engine-rest/task").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        List<String> seenByA32 = as("a32").get("/engine-rest/task").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);

        assertThat(seenByA11).contains(taskOfA11).doesNotContain(taskOfA32);
        assertThat(seenByA32).contains(taskOfA32).doesNotContain(taskOfA11);
    }

    @Test
    void aUnitLoggedInToTasklistQueriesItsTasks() {
        WebappSession session = WebappSession.login("tasklist", "a11", DEMO_PASSWORD);
        session.login().then().statusCode(200);

        List<String> seen = session.request().get("/camunda/api/engine/engine/default/task").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);

        assertThat(seen).contains(taskOfA11).doesNotContain(taskOfA32);
    }

    @Test
    void aUnitCannotReadOrCompleteAnotherUnitsTask() {
        // the engine does not even confirm that the task exists
        as("a32").get("/engine-rest/task/" + taskOfA11).then().statusCode(404);
        as("a11").get("/engine-rest/task/" + taskOfA11).then().statusCode(200);
        as("a32").contentType("application/json").body("{}")
                .post("/engine-rest/task/" + taskOfA11 + "/complete").then().statusCode(403);
        assertThat(taskService.createTaskQuery().taskId(taskOfA11).count()).isEqualTo(1);
    }

    @Test
    void expressionsInAdHocQueriesAreRefused() {
        as("a11").queryParam("assigneeExpression", "${currentUser()}")
                .get("/engine-rest/task").then().statusCode(400)
                .body("message", containsString("Ausdrücke in Abfragen sind nicht erlaubt"));
    }

    @Test
    void aUnitCompletesItsOwnTaskAndHistoryKnowsWho() {
        as("a11").contentType("application/json").body("{\"userId\":\"a11\"}")
                .post("/engine-rest/task/" + taskOfA11 + "/claim").then().statusCode(204);
        as("a11").contentType("application/json").body("{}")
                .post("/engine-rest/task/" + taskOfA11 + "/complete").then().statusCode(204);

        assertThat(taskService.createTaskQuery().taskId(taskOfA11).count()).isZero();
        as("admin").get("/engine-rest/history/task?taskId=" + taskOfA11).then()
                .statusCode(200).body("[0].assignee", equalTo("a11"));
    }
}
