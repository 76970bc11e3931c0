package de.ratsanfragen.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.ratsanfragen.ServiceTestSupport;
import org.junit.jupiter.api.Test;

/** POST /api/routing/parse and GET /api/units over real HTTP. */
class OrganizationApiTest extends ServiceTestSupport {

    @Test
    void parsesATagIntoAssignmentsLeadAndConsulted() {
        as("ob").contentType("application/json")
                .body("{\"tag\": \"V: D01/ A11// D03/ A32/ A53// D05/ A50/ A51 in Abstimmung mit D04\"}")
                .post("/api/routing/parse").then()
                .statusCode(200)
                .contentType("application/json")
                .body("raw", equalTo("V: D01/ A11// D03/ A32/ A53// D05/ A50/ A51 in Abstimmung mit D04"))
                .body("assignments", hasSize(3))
                .body("assignments[0].dezernat", equalTo("D01"))
                .body("assignments[0].units", contains("A11"))
                .body("assignments[1].units", contains("A32", "A53"))
                .body("assignments[2].dezernat", equalTo("D05"))
                .body("lead", equalTo("A11"))
                .body("consulted", contains("D04"))
                .body("warnings", empty());
    }

    @Test
    void anUnknownUnitIsAWarningNotAnError() {
        as("ob").contentType("application/json").body("{\"tag\": \"V: D09/ Amt für Zauberei\"}")
                .post("/api/routing/parse").then()
                .statusCode(200)
                .body("assignments", empty())
                .body("lead", nullValue())
                .body("warnings", hasItem(containsString("„Amt für Zauberei“")))
                .body("warnings", hasItem(containsString("„D09“")));
    }

    @Test
    void anEmptyTagIsAWarning() {
        as("ob").contentType("application/json").body("{\"tag\": \"\"}")
                .post("/api/routing/parse").then()
                .statusCode(200)
                .body("warnings", contains("Der V-Vermerk ist leer."));
    }

    @Test
    void brokenJsonGetsAGermanProblem() {
        as("ob").contentType("application/json").body("{\"tag\": ")
                .post("/api/routing/parse").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Ungültige Anfrage"))
                .body("detail", containsString("kein gültiges JSON"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aMissingTagIsNamed() {
        as("ob").contentType("application/json").body("{}")
                .post("/api/routing/parse").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("„tag“ fehlt"));
    }

    @Test
    void aWrongContentTypeGetsAGermanProblem() {
        as("ob").contentType("text/plain").body("V: D01")
                .post("/api/routing/parse").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("wird hier nicht angenommen"));
    }

    @Test
    void aWrongMethodGetsAGermanProblem() {
        as("ob").get("/api/routing/parse").then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("detail", containsString("nicht erlaubt"));
    }

    @Test
    void anUnknownApiPathGetsAGerman404() {
        as("ob").get("/api/gibt-es-nicht").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Nicht gefunden"));
    }

    @Test
    void listsTheDirectory() {
        as("a11").get("/api/units").then()
                .statusCode(200)
                .body("code", hasItem("BMI"))
                .body("find { it.code == 'A53' }.name", equalTo("Gesundheitsamt"))
                .body("find { it.code == 'A53' }.parent", equalTo("D03"))
                .body("find { it.code == 'A53' }.kindLabel", equalTo("Amt"))
                .body("find { it.code == 'GRUENE' }.kind", equalTo("FACTION"));
    }
}
