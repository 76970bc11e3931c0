package de.ratsanfragen.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request the service refuses for a reason the user can act on: answered as
 * {@code application/problem+json} with this status, German title and German detail.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    public ApiProblem(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    ProblemDetail toProblemDetail() {
        return ApiProblems.problem(status, title, getMessage());
    }
}
