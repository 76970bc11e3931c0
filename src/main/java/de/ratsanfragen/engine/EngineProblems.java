package de.ratsanfragen.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/**
 * The engine API's refusals in German. Each is an {@code application/problem+json} document that is
 * also shaped like Camunda's own errors: {@code type} names the kind of error (a relative URI reference,
 * as RFC 9457 allows), {@code message} repeats the {@code detail}, because Tasklist shows the
 * {@code message} of a failed call to its user.
 */
final class EngineProblems {

    static final String PROBLEM_JSON = "application/problem+json;charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineProblems() {
    }

    static Response forbidden(String detail) {
        return problem(Response.Status.FORBIDDEN, "AuthorizationException", "Keine Berechtigung", detail);
    }

    static Response badRequest(String detail) {
        return problem(Response.Status.BAD_REQUEST, "InvalidRequestException", "Ungültige Anfrage", detail);
    }

    static Response expression(String field) {
        return badRequest("Ausdrücke in Abfragen sind nicht erlaubt (Feld „" + field + "“): Die Prozess-Engine würde sie "
                + "als Programmcode ausführen. Bitte konkrete Werte angeben, z. B. ein Datum statt eines Ausdrucks.");
    }

    static Response tooLarge(int maxBytes) {
        return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException", "Anfrage zu groß",
                "Der Inhalt der Anfrage ist größer als " + maxBytes / 1024 + " KB; so viel nimmt die Prozess-Engine nicht an.");
    }

    static Response notFound(String detail) {
        return problem(Response.Status.NOT_FOUND, "InvalidRequestException", "Nicht gefunden", detail);
    }

    static Response problem(Response.Status status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        body.put("message", detail);
        try {
            // written here, so that no message body writer of the Jersey application has to know the type
            return Response.status(status).type(PROBLEM_JSON).entity(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always JSON", e);
        }
    }
}
