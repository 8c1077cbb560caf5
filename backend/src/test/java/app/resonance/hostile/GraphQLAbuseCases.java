package app.resonance.hostile;

import app.resonance.support.GraphQL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Queries that ask the server for too much: fragment bombs, aliases, page sizes, depth, parser abuse. */
final class GraphQLAbuseCases {

    private static final String CATEGORY = "GraphQL abuse";

    private GraphQLAbuseCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        // Each fragment spreads the next one twice: 2^levels fields once expanded, from a query of a few hundred bytes.
        for (int levels = 11; levels <= 50; levels++) {
            int n = levels;
            cases.add(query(
                    "fragment bomb of " + n + " levels",
                    GraphQL.fragmentBomb(n, "me { username }"),
                    "TOO_MANY_FIELDS"));
        }
        for (int fields : new int[] {1001, 2000, 5000, 10_000}) {
            cases.add(query(
                    fields + " repeated fields", "{ me { " + "username ".repeat(fields) + "} }", "TOO_MANY_FIELDS"));
        }
        for (int aliases : new int[] {31, 35, 40, 50, 60, 80, 100, 150, 200, 250, 300, 400, 499}) {
            cases.add(query(aliases + " aliases of me", aliased(aliases, "me { username }"), "TOO_MANY_ALIASES"));
        }
        // One page of 500 publications costs about 2,000; more than a dozen of them go over the budget.
        for (int pages = 13; pages <= 29; pages += 2) {
            int n = pages;
            cases.add(HostileCase.of(
                    CATEGORY,
                    n + " aliased pages of 500 publications",
                    target -> target.graphql(
                            aliased(
                                    n,
                                    "publications(workspaceId: \"" + target.workspaceId() + "\", first: 500)"
                                            + " { edges { node { id title } } }"),
                            Map.of()),
                    200,
                    "QUERY_TOO_COMPLEX"));
        }
        for (int first : new int[] {20_000, 100_000, 1_000_000, Integer.MAX_VALUE}) {
            cases.add(HostileCase.of(
                    CATEGORY,
                    "a page size of " + first + " in a variable",
                    target -> target.graphql(
                            "query($w: ID!, $n: Int) { publications(workspaceId: $w, first: $n) { edges { node { id title url } } } }",
                            Map.of("w", target.workspaceId(), "n", first)),
                    200,
                    "QUERY_TOO_COMPLEX"));
        }
        for (int depth = 16; depth <= 40; depth += 3) {
            cases.add(query(
                    "introspection nested " + depth + " levels deep", deepIntrospection(depth), "QUERY_TOO_DEEP"));
        }
        for (String broken : List.of(
                "{ me { username }",
                "{ me { username } } }",
                "query {",
                "{ me(",
                "{ 'me' }",
                "query q($a: ) { me { username } }",
                "{ me { ...on } }",
                "mutation",
                "{ me { username } } extra",
                "\u0000{ me { username } }",
                "{ me { username @ } }",
                "fragment F on Query { me { username } }  query {")) {
            cases.add(query("syntax error: " + printable(broken), broken, "GRAPHQL_PARSE_FAILED"));
        }
        // Not the schema's shape: graphql-java's validation names the problem (classification ValidationError).
        for (String invalid : List.of(
                "{ nope }",
                "{ me { nope } }",
                "{ me }",
                "{ workspaces(first: 1) { id } }",
                "{ publications { edges { node { id } } } }",
                "{ publications(workspaceId: 1) { edges { node { id } } } }",
                "query($w: ID!) { segments(workspaceId: $w) { id } }",
                "query($w: Int) { segments(workspaceId: $w) { id } }",
                "query q { me { username } } query q { me { username } }",
                "query($unused: Int) { me { username } }",
                "{ segments(workspaceId: \"x\", extra: 1) { id } }",
                "mutation { createSegment }",
                "{ publications(workspaceId: \"x\", orderBy: SIDEWAYS) { edges { node { id } } } }",
                "{ me { username ... on Workspace { id } } }",
                "{ ...Missing }",
                "fragment Unused on Query { me { username } } { me { username } }",
                "{ me { username(arg: 1) } }",
                "subscription { alerts { id } alerts2: alerts { id } }",
                "{ __type { name } }",
                "query { me { username } } mutation { me { username } }")) {
            cases.add(query("invalid: " + invalid, invalid, null));
        }
        for (int tokens : new int[] {20_000, 50_000}) {
            cases.add(query(tokens + " tokens", "{ me { " + "username ".repeat(tokens) + "} }", "QUERY_TOO_LONG"));
        }
        return cases;
    }

    private static HostileCase query(String name, String query, String code) {
        return HostileCase.of(CATEGORY, name, target -> target.graphql(query, Map.of()), 200, code);
    }

    static String aliased(int count, String field) {
        return IntStream.range(0, count)
                .mapToObj(i -> "a" + i + ": " + field)
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    private static String deepIntrospection(int depth) {
        String type = "name";
        for (int i = 0; i < depth; i++) {
            type = "ofType { " + type + " }";
        }
        return "{ __schema { types { fields { type { " + type + " } } } } }";
    }

    private static String printable(String text) {
        return text.replace("\u0000", "\\0");
    }
}
