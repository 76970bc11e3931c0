package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import static de.ratsanfragen.ServiceTestSupport.as;

/** Inquiries for tests of other modules, submitted and moved on through the real API as the demo users would. */
public final class DemoInquiries {

    /** A submitted inquiry: its id (the process's business key) and reference. */
    public record Submitted(String id, String reference) {
    }

    /** The faction GRUENE submits an inquiry with one item per routing tag. */
    public static Submitted submit(String title, String... tags) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < tags.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"text\": \"Frage ").append(i + 1).append("?\", \"routing\": \"")
                    .append(tags[i]).append("\"}");
        }
        JsonPath created = as("gruene").contentType("application/json")
                .body("{\"title\": " + quoted(title) + ", \"items\": [" + items + "]}")
                .post("/api/inquiries").then().statusCode(201).extract().jsonPath();
        return new Submitted(created.getString("id"), created.getString("reference"));
    }

    /** Completes the user's only open task of the inquiry with these form values. */
    public static void completeOnly(String user, String inquiryId, Map<String, Object> values) {
        List<Map<String, Object>> tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + inquiryId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(tasks).as("open tasks of %s", user).hasSize(1);
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        as(user).contentType("application/json").body(Map.of("variables", variables))
                .post("/engine-rest/task/" + tasks.get(0).get("id") + "/complete").then().statusCode(204);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private DemoInquiries() {
    }
}
