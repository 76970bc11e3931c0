package de.ratsanfragen.platform;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes {@code application/problem+json} answers where no controller is involved, e.g. for a
 * missing login in the security filter chain, so that every error of the API has the same shape.
 */
@Component
public class ApiProblems {

    /** Addresses that are themselves a secret (calendar links): a problem names them without their last segment. */
    private static final String SECRET_ADDRESSES = "/api/calendar/";

    /** What a user is told about an upload that cannot be read as multipart/form-data (API and pages). */
    public static final String UNREADABLE_UPLOAD = "Der Datei-Upload ist nicht lesbar (z. B. ein Steuerzeichen im Dateinamen "
            + "oder ein abgebrochener Upload). Bitte die Datei umbenennen und erneut hochladen.";

    private final ObjectMapper objectMapper;

    ApiProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                      String detail) throws IOException {
        ProblemDetail problem = problem(status, title, detail);
        problem.setInstance(instance(request.getRequestURI()));
        write(response, status, problem);
    }

    /** The request's address as a problem's {@code instance}, a secret link masked. */
    public static URI instance(String requestUri) {
        if (requestUri.startsWith(SECRET_ADDRESSES) && requestUri.length() > SECRET_ADDRESSES.length()) {
            return URI.create(SECRET_ADDRESSES + "…");
        }
        return URI.create(requestUri);
    }

    /** The same without repeating the address, for an address that is itself a secret (a calendar link). */
    public void writeWithoutAddress(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        write(response, status, problem(status, title, detail));
    }

    private void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
