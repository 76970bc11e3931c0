package de.ratsanfragen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.WebappSession;
import io.restassured.response.Response;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, points 8 and 9: users deleted their own Camunda account or changed its e-mail — they may change
 * their password only; and unknown ids or invalid user ids made engine-rest answer 500 — now a German 4xx.
 */
class EngineUserAndErrorTest extends ServiceTestSupport {

    @Autowired
    IdentityService identityService;

    private String userId;

    @BeforeEach
    void aClerkOfA17() {
        userId = "clerk" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        User user = identityService.newUser(userId);
        user.setFirstName("Erika");
        user.setLastName("Muster");
        user.setEmail("erika@erfurt.example");
        user.setPassword("alt-" + userId);
        identityService.saveUser(user);
        identityService.createMembership(userId, "A17");
    }

    @AfterEach
    void removeTheClerk() {
        identityService.deleteUser(userId);
    }

    private io.restassured.specification.RequestSpecification clerk(String password) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(userId, password);
    }

    @Test
    void aUserChangesTheOwnPasswordButNeitherDeletesTheAccountNorChangesItsProfile() {
        String old = "alt-" + userId;
        clerk(old).delete("/engine-rest/user/" + userId).then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        clerk(old).contentType("application/json").body(Map.of("id", userId, "firstName", "Erika", "lastName", "Muster",
                "email", "angreifer@example.org")).put("/engine-rest/user/" + userId + "/profile").then().statusCode(403);
        // nor someone else's password
        clerk(old).contentType("application/json").body(Map.of("password", "neu", "authenticatedUserPassword", old))
                .put("/engine-rest/user/a17/credentials").then().statusCode(403)
                .body("detail", equalTo("Das Passwort ändert jeder Benutzer nur für sich selbst."));

        WebappSession welcome = WebappSession.login("welcome", userId, old).readyForChanges();
        welcome.request().delete("/camunda/api/engine/engine/default/user/" + userId).then().statusCode(403);

        String changed = "neu-" + userId;
        welcome.request().contentType("application/json").body(Map.of("password", changed, "authenticatedUserPassword", old))
                .put("/camunda/api/engine/engine/default/user/" + userId + "/credentials").then().statusCode(204);

        User stored = identityService.createUserQuery().userId(userId).singleResult();
        assertThat(stored).as("the account still exists").isNotNull();
        assertThat(stored.getEmail()).isEqualTo("erika@erfurt.example");
        clerk(changed).get("/engine-rest/user/" + userId + "/profile").then().statusCode(200);
    }

    @Test
    void unknownIdsAreAGerman404NeverA500() {
        List<String[]> calls = List.of(
                new String[] {"GET", "task/unbekannt/variables/answer"}, new String[] {"GET", "task/unbekannt/identity-links"},
                new String[] {"GET", "task/unbekannt/deployed-form"}, new String[] {"GET", "task/unbekannt/rendered-form"},
                new String[] {"GET", "task/unbekannt/form-variables"}, new String[] {"POST", "task/unbekannt/claim"},
                new String[] {"POST", "task/unbekannt/complete"}, new String[] {"POST", "task/unbekannt/submit-form"});
        for (String user : List.of("a11", "admin")) {
            for (String[] call : calls) {
                Response answer = as(user).contentType("application/json").body("{\"userId\": \"" + user + "\"}")
                        .request(call[0], "/engine-rest/" + call[1]);
                assertThat(answer.statusCode()).as("%s %s %s", user, call[0], call[1]).isEqualTo(404);
                assertThat(answer.jsonPath().getString("detail")).as("%s %s", user, call[1]).containsAnyOf("gibt es nicht");
            }
        }
        for (String path : List.of("task/unbekannt/variables", "execution/unbekannt/localVariables")) {
            as("admin").get("/engine-rest/" + path).then().statusCode(404)
                    .contentType(containsString("application/problem+json")).body("detail", containsString("gibt es"));
        }
        as("admin").contentType("application/json").body("{\"modifications\": {\"x\": {\"value\": 1}}}")
                .post("/engine-rest/execution/unbekannt/localVariables").then().statusCode(404);
    }

    @Test
    void anInvalidUserOrGroupIdIsAGerman400() {
        as("admin").contentType("application/json")
                .body("{\"profile\": {\"id\": \"kein gültiger Name!\"}, \"credentials\": {\"password\": \"geheim-123\"}}")
                .post("/engine-rest/user/create").then().statusCode(400)
                .body("detail", containsString("Kennung ist nicht zulässig"));
        as("admin").contentType("application/json").body("{\"id\": \"a b\", \"name\": \"Leerzeichen\"}")
                .post("/engine-rest/group/create").then().statusCode(400)
                .body("detail", containsString("Kennung ist nicht zulässig"));
        assertThat(identityService.createGroupQuery().groupId("a b").count()).isZero();
    }
}
