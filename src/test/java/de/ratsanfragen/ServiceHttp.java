package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Just enough HTTP for the tests that start the service themselves ({@code *IT}): JSON, uploads, files
 * and Camunda tasks as a user, over real HTTP with a time limit per request. Users without an entry in
 * {@code passwords} log in with the demo password.
 */
public record ServiceHttp(int port, Map<String, String> passwords, HttpClient client) {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** No request of these tests may take longer; a hanging service fails the test instead of blocking it. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    public ServiceHttp(int port) {
        this(port, Map.of());
    }

    public ServiceHttp(int port, Map<String, String> passwords) {
        this(port, passwords, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** Any answer, whatever its status. */
    public HttpResponse<String> call(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = request(user, path);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An answer that must be a success (2xx). */
    public HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        return successful(call(user, method, path, json), method, path);
    }

    public JsonNode json(String user, String method, String path, String json) throws Exception {
        return JSON.readTree(send(user, method, path, json).body());
    }

    /** Uploads a file as multipart/form-data field {@code file}; the answer must be a success. */
    public JsonNode upload(String user, String path, String fileName, byte[] content) throws Exception {
        String boundary = "----ratsanfragen-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(request(user, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(successful(response, "POST", path).body());
    }

    public byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> response = client.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    /** Completes the user's first open task of the inquiry with these variables (engine-rest JSON). */
    public void completeOnly(String user, String businessKey, String variables) throws Exception {
        String task = json(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + businessKey, null).get(0).path("id").asText();
        send(user, "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\": " + variables + "}");
    }

    /** The service's readiness as its probe sees it: {@code UP}, {@code DOWN} or {@code OUT_OF_SERVICE}. */
    public String readiness() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("status").asText();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A request as this user (HTTP Basic, sent without waiting for a challenge), with the time limit. */
    public HttpRequest.Builder request(String user, String path) {
        String credentials = user + ":" + passwords.getOrDefault(user, ServiceTestSupport.DEMO_PASSWORD);
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> successful(HttpResponse<String> response, String method, String path) {
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isLessThan(300);
        return response;
    }
}
