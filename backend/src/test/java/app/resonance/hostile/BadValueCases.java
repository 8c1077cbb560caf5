package app.resonance.hostile;

import app.resonance.support.SchemaCalls;
import app.resonance.support.SchemaCalls.Call;
import app.resonance.support.SchemaCalls.TextSlot;
import graphql.language.FieldDefinition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values a careless or hostile client sends: NUL in every text argument of the schema, dates out of
 * range, tampered cursors, time zones PostgreSQL would read otherwise than Java, page sizes and ids
 * out of shape, nulls inside lists, and text that looks like SQL (which must simply work).
 */
final class BadValueCases {

    private static final String CATEGORY = "bad value";
    private static final SchemaCalls SCHEMA = new SchemaCalls();
    private static final String PAGE = "query($w: ID!, $f: PublicationFilter, $n: Int, $a: String)"
            + " { publications(workspaceId: $w, filter: $f, first: $n, after: $a) { edges { node { id } } } }";
    private static final String CREATE =
            "mutation($w: ID!, $p: PublicationInput!) { createPublication(workspaceId: $w," + " input: $p) { id } }";
    private static final String STATS = "query($w: ID!, $z: String) { publicationStats(workspaceId: $w, bucket: DAY,"
            + " groupBy: BRAND, timeZone: $z) { bucket } }";

    private BadValueCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String rootType : List.of("Query", "Mutation")) {
            for (FieldDefinition field : SCHEMA.rootFields(rootType)) {
                for (TextSlot slot : SCHEMA.textSlots(field)) {
                    cases.add(HostileCase.of(
                            CATEGORY,
                            "NUL in " + rootType + "." + field.getName() + "(" + slot.argument()
                                    + (slot.inputPath().isEmpty() ? "" : "." + String.join(".", slot.inputPath()))
                                    + ")",
                            target -> {
                                Call call = SCHEMA.call(rootType, field, target.workspaceId(), slot, "a\u0000b");
                                return target.graphql(call.document(), call.variables());
                            },
                            200,
                            null));
                }
            }
        }
        for (String publishedAt : List.of(
                "1899-12-31T23:59:59Z",
                "0001-01-01T00:00:00Z",
                "1000-06-15T12:00:00+02:00",
                "-0044-03-15T12:00:00Z",
                "-999999999-01-01T00:00:00Z")) {
            cases.add(publication("published at " + publishedAt, Map.of("publishedAt", publishedAt), "BAD_USER_INPUT"));
        }
        for (String publishedAt : List.of("2999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z")) {
            cases.add(publication("published at " + publishedAt, Map.of("publishedAt", publishedAt), "BAD_USER_INPUT"));
        }
        for (String publishedAt : List.of("yesterday", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "")) {
            cases.add(publication("published at '" + publishedAt + "'", Map.of("publishedAt", publishedAt), null));
        }
        for (String literal : List.of("1e400", "-1e400", "1e309", "-1e309", "1.8e308")) {
            cases.add(HostileCase.of(
                    CATEGORY,
                    "weight " + literal + " written in the query",
                    target -> target.graphql(
                            "mutation($w: ID!) { createPublication(workspaceId: $w, input: {brandId: \""
                                    + target.workspace().brands().get("Northwind") + "\", channelId: \""
                                    + target.workspace().channels().get("DevBlog")
                                    + "\", title: \"t\", publishedAt: \"2026-01-01T00:00:00Z\", weight: " + literal
                                    + "}) { id } }",
                            Map.of("w", target.workspaceId())),
                    200,
                    "NUMBER_OUT_OF_RANGE"));
        }
        for (String after : List.of(
                "x",
                "!!!",
                encode("no line break"),
                encode("2026-01-01T00:00:00Z\nnot-a-uuid"),
                encode("not a date\n" + UUID.randomUUID()),
                encode("\n" + UUID.randomUUID()),
                encode("1.5\n" + UUID.randomUUID()),
                encode("\u0000\n" + UUID.randomUUID()),
                "a".repeat(5000),
                encode("NaN\n" + UUID.randomUUID()),
                encode("2026-01-01T00:00:00Z\n" + UUID.randomUUID() + "\nmore"),
                "%00",
                "====")) {
            cases.add(page(
                    "cursor '" + (after.length() > 30 ? after.substring(0, 30) + "…" : after) + "'",
                    Map.of("a", after),
                    "BAD_USER_INPUT"));
        }
        for (int first : new int[] {-1, 0, 501, 1000, -2_147_483_648}) {
            cases.add(page("first: " + first, Map.of("n", first), "BAD_USER_INPUT"));
        }
        cases.add(page("first: " + Integer.MAX_VALUE, Map.of("n", Integer.MAX_VALUE), "QUERY_TOO_COMPLEX"));
        cases.add(page("sentiments [null]", Map.of("f", nullInside("sentiments")), null));
        cases.add(page("channelTypes [null]", Map.of("f", nullInside("channelTypes")), null));
        cases.add(page("brandIds [null]", Map.of("f", nullInside("brandIds")), null));
        cases.add(page("publishers [null]", Map.of("f", nullInside("publishers")), null));
        for (String id : List.of(
                "not-a-uuid",
                "",
                "00000000-0000-0000-0000-00000000000g",
                "1".repeat(1000),
                "' or 1=1 --",
                "../../etc/passwd")) {
            cases.add(page(
                    "brand id '" + (id.length() > 20 ? id.substring(0, 20) + "…" : id) + "'",
                    Map.of("f", Map.of("brandIds", List.of(id))),
                    "BAD_USER_INPUT"));
        }
        for (String zone : List.of(
                "CET",
                "EST",
                "MST",
                "PST",
                "Mars/Olympus",
                "+25:00",
                "",
                "UTC+99",
                "GMT+19",
                "WET",
                "EST5EDT",
                "SystemV/EST5EDT",
                "Europe/",
                "/",
                "+05:00:00:00",
                " Europe/Warsaw",
                "europe/warsaw",
                "../../etc/passwd",
                "Europe/Warsaw'; drop table publication; --")) {
            cases.add(HostileCase.of(
                    CATEGORY,
                    "time zone '" + zone + "'",
                    target -> target.graphql(STATS, Map.of("w", target.workspaceId(), "z", zone)),
                    200,
                    "BAD_USER_INPUT"));
        }
        for (String text : List.of(
                "%' or 1=1 --", "\\", "_%", "'; drop table publication; --", "\" OR \"\"=\"", "$1", "ä ö ü ß ж 中 🙂")) {
            cases.add(page(
                    "title filter '" + text + "' is plain text",
                    Map.of("f", Map.of("titleContains", text)),
                    Expectations.OK));
        }
        return cases;
    }

    private static HostileCase publication(String name, Map<String, Object> change, String code) {
        return HostileCase.of(
                CATEGORY,
                name,
                target -> {
                    Map<String, Object> input = new HashMap<>(target.workspace()
                            .publication("Hostile", "Northwind", "DevBlog", "2026-01-01T00:00:00Z", 0.5));
                    input.putAll(change);
                    return target.graphql(CREATE, Map.of("w", target.workspaceId(), "p", input));
                },
                200,
                code);
    }

    private static HostileCase page(String name, Map<String, Object> variables, String code) {
        return HostileCase.of(
                CATEGORY,
                name,
                target -> {
                    Map<String, Object> all = new HashMap<>(variables);
                    all.put("w", target.workspaceId());
                    return target.graphql(PAGE, all);
                },
                200,
                code);
    }

    private static Map<String, Object> nullInside(String list) {
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        return Map.of(list, withNull);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
