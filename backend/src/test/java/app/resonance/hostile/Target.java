package app.resonance.hostile;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.TestUsers;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The app under attack: a workspace of the demo users and a plain HTTP client that sends bytes as
 * they are (REST Assured would log and pretty-print a hostile body, for minutes).
 */
record Target(MediaWorkspace workspace) {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    String workspaceId() {
        return workspace.id();
    }

    /** A GraphQL request as the analyst, member of the workspace. */
    Answer graphql(String query, Map<String, Object> variables) {
        return raw(
                TestUsers.token("analyst"),
                "application/json",
                new JsonObject()
                        .put("query", query)
                        .put("variables", new JsonObject(variables))
                        .encode());
    }

    /** A POST /graphql with exactly this body, content type and bearer token (null: none). */
    Answer raw(String token, String contentType, String body) {
        return post(token == null ? null : "Bearer " + token, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    /** The same body streamed, so that the request has no Content-Length (chunked). */
    Answer chunked(String token, String body) {
        return post(
                "Bearer " + token,
                "application/json",
                HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
    }

    Answer withAuthorization(String authorization, String body) {
        return post(authorization, "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    private static Answer post(String authorization, String contentType, BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            // A server that ends the connection while the body is still on its way (413) is an answer too.
            return new Answer(0, "connection ended: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
