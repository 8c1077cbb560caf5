package app.resonance.common.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.GraphQL;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The measurement behind the query limits, on the committed schema, without the app. */
class QueryShapeTest {

    private static GraphQLSchema schema;

    @BeforeAll
    static void theCommittedSchema() throws IOException {
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphql"))));
    }

    private static QueryShape shape(String query, Map<String, Object> variables) {
        return QueryShape.of(Parser.parse(query), null, variables, schema, 50);
    }

    @Test
    void aFragmentBombIsMeasuredWithoutExpandingIt() {
        String query = GraphQL.fragmentBomb(60, "me { username }");
        long start = System.nanoTime();
        QueryShape shape = shape(query, Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Math.pow(2, 61), shape.fields(), "2^60 copies of me { username }");
        assertEquals(2, shape.depth());
        assertTrue(millis < 100, "measured in " + millis + " ms");
    }

    @Test
    void costMultipliesByThePageSizeFromALiteralAVariableOrTheDefault() {
        String page = "publications(workspaceId: \"w\"%s) { edges { node { id title } } }";
        // publications 1 + n × (edges 1 + node 1 + id 1 + title 1)
        assertEquals(
                1 + 500 * 4,
                shape("{ " + page.formatted(", first: 500") + " }", Map.of()).cost());
        assertEquals(
                1 + 20 * 4,
                shape("query($n: Int) { " + page.formatted(", first: $n") + " }", Map.of("n", 20))
                        .cost());
        assertEquals(
                1 + 50 * 4, shape("{ " + page.formatted("") + " }", Map.of()).cost());
    }

    @Test
    void aliasesAndFieldsAreCountedThroughFragments() {
        QueryShape shape =
                shape("{ ...Twice } fragment Twice on Query { a: me { username } b: me { username } }", Map.of());
        assertEquals(2, shape.aliases());
        assertEquals(4, shape.fields());
    }

    @Test
    void depthFollowsTheSchemaThroughIntrospectionTypes() {
        assertEquals(
                6,
                shape("{ __schema { types { fields { type { ofType { name } } } } } }", Map.of())
                        .depth());
    }

    @Test
    void aFragmentThatSpreadsItselfMeasuresAsNothingAndIsLeftToValidation() {
        assertEquals(
                0,
                shape("{ ...Loop } fragment Loop on Query { ...Loop }", Map.of())
                        .fields());
    }
}
