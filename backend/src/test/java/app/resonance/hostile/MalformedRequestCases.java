package app.resonance.hostile;

import app.resonance.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Bodies that are not GraphQL requests: broken JSON, wrong shapes, numbers without a double, huge or endless bodies. */
final class MalformedRequestCases {

    private static final String CATEGORY = "malformed request";
    private static final String ME = "\"{ me { username } }\"";

    private MalformedRequestCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String body : List.of(
                "{",
                "{\"query\": ",
                "{\"query\": " + ME,
                "{query: " + ME + "}",
                "{'query': " + ME + "}",
                "{\"query\": " + ME + ",}",
                "{\"query\": " + ME + "} trailing",
                "{\"query\": " + ME + "}{}",
                "\u0000",
                "{\"query\": \"\\x41\"}",
                "{\"query\": " + ME + ", \"variables\": {\"a\": NaN}}",
                "{\"query\": " + ME + ", \"variables\": {\"a\": Infinity}}",
                "{\"query\": " + ME + ", \"variables\": {\"a\": -Infinity}}",
                "{\"query\": " + ME + ", \"variables\": {\"a\": 01}}",
                "{\"query\": " + ME + ", \"variables\": {\"a\": .5}}",
                "[{\"query\": " + ME + "}]",
                "[]",
                "42",
                "\"{ me { username } }\"",
                "null",
                "true",
                "",
                "{}",
                "{\"variables\": {}}",
                "{\"query\": null}",
                "{\"query\": 42}",
                "{\"query\": [" + ME + "]}",
                "{\"query\": {\"text\": " + ME + "}}",
                "{\"query\": " + ME + ", \"variables\": []}",
                "{\"query\": " + ME + ", \"variables\": \"{}\"}",
                "{\"query\": " + ME + ", \"variables\": 1}",
                "{\"query\": " + ME + ", \"variables\": true}",
                "{\"query\": " + ME + ", \"operationName\": 7}",
                "{\"query\": " + ME + ", \"operationName\": {}}",
                "{\"query\": " + ME + ", \"extensions\": []}",
                "{\"query\": " + ME + ", \"variables\": {\"n\": 1e400}}",
                "{\"query\": " + ME + ", \"variables\": {\"n\": -1e400}}",
                "{\"query\": " + ME + ", \"variables\": {\"n\": 1e309}}",
                "{\"query\": " + ME + ", \"variables\": {\"n\": [1, 2e999]}}",
                "{\"query\": " + ME + ", \"variables\": {\"n\": " + "9".repeat(500) + "}}")) {
            cases.add(HostileCase.of(
                    CATEGORY,
                    "body " + shown(body),
                    target -> target.raw(TestUsers.token("analyst"), "application/json", body),
                    400,
                    "BAD_REQUEST"));
        }
        for (int depth : new int[] {33, 64, 500, 10_000, 100_000}) {
            String nested = "[".repeat(depth) + "]".repeat(depth);
            cases.add(HostileCase.of(
                    CATEGORY,
                    "variables nested " + depth + " levels",
                    target -> target.raw(
                            TestUsers.token("analyst"),
                            "application/json",
                            "{\"query\": " + ME + ", \"variables\": {\"a\": " + nested + "}}"),
                    400,
                    "BAD_REQUEST"));
        }
        cases.add(new HostileCase(
                CATEGORY,
                "a body of 3 MB",
                target -> target.raw(
                        TestUsers.token("analyst"),
                        "application/json",
                        "{\"query\": \"" + " ".repeat(3 * 1024 * 1024) + "\"}"),
                413,
                "REQUEST_TOO_LARGE",
                Duration.ofSeconds(5)));
        cases.add(HostileCase.of(
                CATEGORY,
                "a body without Content-Length (chunked)",
                target -> target.chunked(TestUsers.token("analyst"), "{\"query\": " + ME + "}"),
                411,
                "LENGTH_REQUIRED"));
        cases.add(HostileCase.of(
                CATEGORY,
                "application/graphql with a broken query",
                target -> target.raw(TestUsers.token("analyst"), "application/graphql", "{ me {"),
                200,
                "GRAPHQL_PARSE_FAILED"));
        return cases;
    }

    private static String shown(String body) {
        String printable = body.replace("\u0000", "\\0");
        return printable.isEmpty() ? "(empty)" : printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }
}
