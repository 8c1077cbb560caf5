package app.resonance.common.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The front door of {@code POST /graphql}: a body of a few MB at most (the server-wide limit is
 * hundreds of MB, for uploads), and a well-formed GraphQL request (a JSON object whose
 * {@code query} is a string, {@code variables} an object, no number beyond a double, JSON nested a
 * few dozen levels at most). Anything else is answered 4xx with a GraphQL-shaped error before
 * SmallRye reads it, which would otherwise answer some of it with a system error or not at all.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    /** Before SmallRye's GraphQL routes (-99) and the WebSocket endpoint (-100), after authentication. */
    private static final int ORDER = -102;

    private final GraphQLLimits limits;
    private final String path;
    private final JsonFactory json;

    GraphQLRequestGuard(
            GraphQLLimits limits,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath) {
        this.limits = limits;
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxNumberLength(64)
                        .maxStringLength(limits.maxBodyBytes())
                        .build())
                .build();
    }

    void route(@Observes Router router) {
        router.post(path).order(ORDER).handler(this::checkLength);
        // Vert.x reads a body only in a route that starts with its body handler.
        router.post(path)
                .order(ORDER + 1)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()))
                .handler(this::checkBody);
    }

    private void checkLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            refuse(ctx, 411, "LENGTH_REQUIRED", "Send the request with a Content-Length header.");
        } else if (length != null && (!length.matches("\\d{1,18}") || Long.parseLong(length) > limits.maxBodyBytes())) {
            refuse(
                    ctx,
                    413,
                    "REQUEST_TOO_LARGE",
                    "A GraphQL request may have at most " + limits.maxBodyBytes()
                            + " bytes; upload files to /api/uploads.");
        } else {
            ctx.next();
        }
    }

    private void checkBody(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.startsWith("application/graphql")) {
            ctx.next(); // the body is the query itself; the parser and the query limits take it from here
            return;
        }
        String problem = problem(ctx.body().buffer());
        if (problem == null) {
            ctx.next();
        } else {
            refuse(ctx, 400, "BAD_REQUEST", problem);
        }
    }

    /** What is wrong with the request body, in words for the caller; null when it is a GraphQL request. */
    private String problem(Buffer body) {
        if (body == null || body.length() == 0) {
            return "The body is empty; send {\"query\": \"…\", \"variables\": {…}}.";
        }
        try (JsonParser parser = json.createParser(body.getBytes())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "The body must be a JSON object: {\"query\": \"…\", \"variables\": {…}}.";
            }
            boolean hasQuery = false;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                String expected = EXPECTED.get(member);
                if (expected != null && !fits(member, value)) {
                    return "\"" + member + "\" must be " + expected + ".";
                }
                hasQuery |= member.equals("query");
                String numberProblem = skipChecking(parser);
                if (numberProblem != null) {
                    return numberProblem;
                }
            }
            if (parser.nextToken() != null) {
                return "The body holds more than one JSON value.";
            }
            return hasQuery ? null : "\"query\" is missing.";
        } catch (StreamConstraintsException e) {
            return "The body's JSON is nested too deeply or holds a number or text too long (JSON may nest "
                    + limits.maxJsonDepth() + " levels).";
        } catch (IOException e) {
            return "The body is not valid JSON.";
        }
    }

    private static final Map<String, String> EXPECTED = Map.of(
            "query", "a string",
            "operationName", "a string or null",
            "variables", "an object or null",
            "extensions", "an object or null");

    private static boolean fits(String member, JsonToken value) {
        return switch (member) {
            case "query" -> value == JsonToken.VALUE_STRING;
            case "operationName" -> value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL;
            default -> value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL;
        };
    }

    /** Reads past the current value; a problem when a number in it has no double (1e400). */
    private static String skipChecking(JsonParser parser) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        do {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(parser.getDoubleValue())) {
                return "The number " + parser.getText() + " is out of range.";
            }
            if (depth > 0) {
                token = parser.nextToken();
            }
        } while (depth > 0);
        return null;
    }

    private static void refuse(RoutingContext ctx, int status, String code, String message) {
        if (status != 400) {
            // The body may still be on its way: do not read it, end the connection after the answer.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject()
                        .put(
                                "errors",
                                new JsonArray()
                                        .add(new JsonObject()
                                                .put("message", message)
                                                .put("extensions", new JsonObject().put("code", code))))
                        .encode());
    }
}
