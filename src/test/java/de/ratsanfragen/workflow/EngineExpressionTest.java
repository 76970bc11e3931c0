package de.ratsanfragen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.WebappSession;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, point 1: an expression inside {@code orQueries} of a task or filter query was evaluated
 * (enableExpressionsInAdhocQueries covers only the top level) — with reflection, code ran as the service's
 * user. Every caller, through engine-rest and through a Tasklist session, is refused before the engine
 * sees the query, and the code in the expression does not run (it would create a file).
 */
class EngineExpressionTest extends ServiceTestSupport {

    /** Creates a file when evaluated: proof that code ran. */
    private static String payload(Path marker) {
        return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
                + marker.toAbsolutePath() + "').createNewFile()}";
    }

    static Stream<Arguments> callers() {
        return Stream.of(Arguments.of("a11"), Arguments.of("ob"), Arguments.of("admin"));
    }

    private static String ownFilter(String user) {
        List<String> ids = as(user).get("/engine-rest/filter?resourceType=Task").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        return ids.isEmpty() ? as("ob").get("/engine-rest/filter").then().extract().jsonPath().getString("[0].id") : ids.get(0);
    }

    private static List<String> queryCalls(String user) {
        String filter = ownFilter(user);
        return List.of("task", "task/count", "filter/" + filter + "/list", "filter/" + filter + "/count");
    }

    private static List<String> bodies(Path marker) {
        String expression = payload(marker);
        return List.of(
                "{\"orQueries\": [{\"dueBeforeExpression\": \"" + expression + "\"}]}",
                "{\"orQueries\": [{\"processVariables\": [], \"assigneeExpression\": \"" + expression + "\"}]}",
                // field names written with escapes, in another case, behind comments
                "{\"orQueries\": [{\"followUpBefore\\u0045xpression\": \"" + expression + "\"}]}",
                "{\"orQueries\": [{\"CANDIDATEGROUPEXPRESSION\": \"" + expression + "\"}]}",
                "{\"orQueries\": [/* x */ {'createdAfterExpression': '" + expression.replace("'", "\\'") + "'}]}");
    }

    private void assertRefusedEverywhere(RequestSpecification caller, String prefix, String user) {
        for (String call : queryCalls(user)) {
            Path marker = Path.of("target", "expression-ran-" + UUID.randomUUID());
            for (String body : bodies(marker)) {
                caller.contentType("application/json").body(body).post(prefix + call)
                        .then().statusCode(400)
                        .contentType(containsString("application/problem+json"))
                        .body("title", equalTo("Ungültige Anfrage"))
                        .body("detail", containsString("Ausdrücke in Abfragen sind nicht erlaubt"));
            }
            assertThat(Files.exists(marker)).as("code in the expression ran for %s on %s", user, call).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("callers")
    void expressionsInOrQueriesAreRefusedThroughEngineRest(String user) {
        assertRefusedEverywhere(as(user), "/engine-rest/", user);
    }

    @ParameterizedTest
    @MethodSource("callers")
    void expressionsInOrQueriesAreRefusedThroughTasklist(String user) {
        WebappSession session = WebappSession.login("tasklist", user, DEMO_PASSWORD).readyForChanges();
        assertRefusedEverywhere(session.request(), "/camunda/api/engine/engine/default/", user);
    }

    @ParameterizedTest
    @MethodSource("callers")
    void anExpressionAsQueryParameterIsRefusedToo(String user) {
        as(user).queryParam("dueBeforeExpression", "${now()}").get("/engine-rest/task").then().statusCode(400)
                .body("detail", containsString("dueBeforeExpression"));
    }

    @ParameterizedTest
    @MethodSource("callers")
    void plainQueriesStillWork(String user) {
        as(user).contentType("application/json")
                .body("{\"orQueries\": [{\"candidateGroup\": \"A11\", \"nameLike\": \"%Frage%\"}], \"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}]}")
                .post("/engine-rest/task").then().statusCode(200);
        as(user).contentType("application/json").body("{}")
                .post("/engine-rest/filter/" + ownFilter(user) + "/count").then().statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("callers")
    void aQueryNestedDeeperThanAnyEngineCallIsRefused(String user) {
        String deep = "[".repeat(200) + "]".repeat(200);
        as(user).contentType("application/json").body("{\"orQueries\": " + deep + "}")
                .post("/engine-rest/task").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("verschachtelt"));
    }
}
