package de.ratsanfragen.platform;

import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the service's own API as {@code application/problem+json} with a German
 * {@code detail} that says what was wrong with the request — never a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final DataSize maxUpload;

    ApiExceptionHandler(MultipartProperties multipart) {
        this.maxUpload = multipart.getMaxFileSize();
    }

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);


    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception, WebRequest request) throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException
                || DatabaseOutage.causedBy(exception)) {
            // Spring Security answers these with 401/403 in its own problem format, DatabaseOutageFilter a database outage
            throw exception;
        }
        if (exception instanceof ApiProblem problem) {
            return createResponseEntity(withInstance(problem.toProblemDetail(), request), new HttpHeaders(), problem.status(), request);
        }
        if (exception instanceof MultipartException) {
            // Tomcat refuses a broken multipart body, e.g. a control character (NUL) in a file name
            ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Ungültige Anfrage", ApiProblems.UNREADABLE_UPLOAD);
            return createResponseEntity(withInstance(problem, request), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unerwarteter Fehler, Vorgangsnummer {}", incident, exception);
        ProblemDetail problem = ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Interner Fehler",
                "Die Anfrage konnte wegen eines internen Fehlers nicht bearbeitet werden. Vorgangsnummer für den Betrieb: "
                        + incident);
        return createResponseEntity(withInstance(problem, request), new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** Spring would name the raw request address; a secret one (a calendar link) must not come back in the answer. */
    private static ProblemDetail withInstance(ProblemDetail problem, WebRequest request) {
        if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet) {
            problem.setInstance(ApiProblems.instance(servlet.getRequest().getRequestURI()));
        }
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        problem.setTitle(germanTitle(status));
        problem.setDetail(germanDetail(exception, status));
        return super.handleExceptionInternal(exception, withInstance(problem, request), headers, status, request);
    }

    private String germanDetail(Exception exception, HttpStatusCode status) {
        if (exception instanceof HttpMessageNotReadableException unreadable) {
            return unreadableBody(unreadable);
        }
        if (exception instanceof MethodArgumentNotValidException invalid) {
            return "Die Angaben sind unvollständig oder ungültig: " + invalid.getBindingResult().getFieldErrors().stream()
                    .map(error -> "„" + error.getField() + "“ " + error.getDefaultMessage())
                    .collect(Collectors.joining("; ")) + ".";
        }
        if (exception instanceof HttpMediaTypeNotSupportedException unsupported) {
            String given = unsupported.getContentType() == null ? "ohne Angabe des Formats (Content-Type)"
                    : "im Format " + unsupported.getContentType();
            return "Eine Anfrage " + given + " wird hier nicht angenommen; erwartet wird "
                    + unsupported.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "))
                    + ".";
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException) {
            return "Das gewünschte Antwortformat kann nicht geliefert werden.";
        }
        if (exception instanceof HttpRequestMethodNotSupportedException method) {
            return "Die Methode " + method.getMethod() + " ist für diese Adresse nicht erlaubt.";
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            return "Der Parameter „" + missing.getParameterName() + "“ fehlt.";
        }
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            return "Der Wert „" + mismatch.getValue() + "“ passt nicht zu „" + mismatch.getName() + "“.";
        }
        if (exception instanceof MissingServletRequestPartException missing) {
            return "Der Teil „" + missing.getRequestPartName() + "“ fehlt (Datei als multipart/form-data senden).";
        }
        if (exception instanceof MaxUploadSizeExceededException) {
            return "Die Datei ist zu groß; erlaubt sind höchstens " + maxUpload.toMegabytes() + " MB.";
        }
        if (exception instanceof NoResourceFoundException) {
            return "Unter dieser Adresse gibt es nichts.";
        }
        return "Die Anfrage konnte nicht bearbeitet werden (HTTP " + status.value() + ").";
    }

    private static String unreadableBody(HttpMessageNotReadableException exception) {
        if (org.springframework.core.NestedExceptionUtils.getMostSpecificCause(exception)
                instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "Der Inhalt der Anfrage ist zu groß oder zu tief verschachtelt (höchstens "
                    + JsonLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB und " + JsonLimits.MAX_NESTING + " Ebenen).";
        }
        if (exception.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String expected = mismatch.getTargetType() == null ? "" : " (erwartet: " + expectedType(mismatch.getTargetType()) + ")";
            return "„" + field + "“ hat keinen gültigen Wert" + expected + ".";
        }
        if (exception.getCause() instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation location = json.getLocation();
            return "Der Inhalt der Anfrage ist kein gültiges JSON oder passt nicht zum erwarteten Aufbau (Zeile "
                    + location.getLineNr() + ", Spalte " + location.getColumnNr() + ").";
        }
        return "Der Inhalt der Anfrage fehlt oder ist kein gültiges JSON.";
    }

    private static String expectedType(Class<?> type) {
        if (java.time.LocalDate.class.equals(type)) {
            return "Datum im Format JJJJ-MM-TT, z. B. 2025-12-02";
        }
        if (type.isEnum()) {
            return "einer von " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "eine Liste";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "eine Zahl";
        }
        return "Text";
    }

    private static String germanTitle(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Ungültige Anfrage";
            case 401 -> "Anmeldung erforderlich";
            case 403 -> "Keine Berechtigung";
            case 404 -> "Nicht gefunden";
            case 405 -> "Methode nicht erlaubt";
            case 406 -> "Format nicht lieferbar";
            case 409 -> "Konflikt";
            case 413 -> "Datei zu groß";
            case 422 -> "Nicht lesbar";
            case 415 -> "Format nicht unterstützt";
            default -> status.is5xxServerError() ? "Interner Fehler" : "Fehler";
        };
    }
}
