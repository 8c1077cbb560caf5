package app.resonance.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/** What every answer to a hostile request must be, and what its own case adds. */
final class Expectations {

    /** The case expects a normal answer: data, no errors. */
    static final String OK = "OK";

    /** The codes the README documents for third parties. */
    static final Set<String> DOCUMENTED_CODES = Set.of(
            "FORBIDDEN",
            "BAD_USER_INPUT",
            "DUPLICATE",
            "BAD_REQUEST",
            "REQUEST_TOO_LARGE",
            "LENGTH_REQUIRED",
            "GRAPHQL_PARSE_FAILED",
            "QUERY_TOO_LONG",
            "QUERY_TOO_DEEP",
            "TOO_MANY_FIELDS",
            "TOO_MANY_ALIASES",
            "QUERY_TOO_COMPLEX",
            "TIMEOUT",
            "INTROSPECTION_DISABLED",
            "UNAUTHENTICATED",
            "RATE_LIMITED",
            "NUMBER_OUT_OF_RANGE",
            "INTERNAL_ERROR");

    /** A Java class name (a.b.SomeException) or a stack frame: internals that must not reach a caller. */
    private static final Pattern INTERNALS =
            Pattern.compile("\\b[a-z][a-z0-9]*\\.[a-z][a-z0-9]*\\.[\\w.$]*(Exception|Error)\\b"
                    + "|\\bat [a-z][\\w.$]+\\([\\w]+\\.java:\\d+\\)");

    private Expectations() {}

    static void check(HostileCase hostile, Answer answer, Duration took) {
        String body = answer.body();
        String is = hostile + " → ";
        boolean closeCode = answer.status() >= 1000;
        assertTrue(answer.status() < 500 || closeCode, is + "no 5xx: " + shortened(body));
        assertFalse(body.contains("System error"), is + "no system error: " + shortened(body));
        assertFalse(INTERNALS.matcher(body).find(), is + "no Java internals: " + shortened(body));
        assertTrue(
                took.compareTo(hostile.within()) <= 0, is + "answered within " + hostile.within() + ", took " + took);
        assertEquals(hostile.status(), answer.status(), is + "status of " + shortened(body));
        if (hostile.status() == 401 || hostile.status() >= 1000) {
            return; // a request refused before GraphQL, without a body; a WebSocket's close code
        }
        JsonObject json = new JsonObject(body);
        JsonArray errors = json.getJsonArray("errors");
        if (OK.equals(hostile.code())) {
            assertTrue(errors == null || errors.isEmpty(), is + "no errors: " + shortened(body));
            return;
        }
        assertTrue(errors != null && !errors.isEmpty(), is + "an error: " + shortened(body));
        JsonObject extensions = errors.getJsonObject(0).getJsonObject("extensions", new JsonObject());
        String code = extensions.getString("code");
        if (hostile.code() != null) {
            assertEquals(hostile.code(), code, is + shortened(body));
        } else {
            assertTrue(
                    code != null && DOCUMENTED_CODES.contains(code)
                            || "ValidationError".equals(extensions.getString("classification")),
                    is + "a documented code or a validation error: " + shortened(body));
        }
    }

    private static String shortened(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
