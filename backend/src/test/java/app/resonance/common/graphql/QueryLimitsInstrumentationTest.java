package app.resonance.common.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits' checks on their own: the switch for introspection, which the running app keeps on. */
class QueryLimitsInstrumentationTest {

    private static QueryLimitsInstrumentation withIntrospection(boolean allowed) {
        return new QueryLimitsInstrumentation(new GraphQLLimits() {
            public int maxBodyBytes() {
                return 2_097_152;
            }

            public int maxJsonDepth() {
                return 32;
            }

            public int maxDepth() {
                return 15;
            }

            public int maxFields() {
                return 1000;
            }

            public int maxAliases() {
                return 30;
            }

            public int maxCost() {
                return 25_000;
            }

            public int defaultPageSize() {
                return 50;
            }

            public Duration timeout() {
                return Duration.ofSeconds(15);
            }

            public boolean introspection() {
                return allowed;
            }
        });
    }

    private static GraphQLSchema schema() throws IOException {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphql"))));
    }

    @Test
    void introspectionSwitchedOffIsRefusedForEveryone() throws IOException {
        GraphQLSchema schema = schema();
        RequestRejected rejected = assertThrows(
                RequestRejected.class,
                () -> withIntrospection(false)
                        .check(Parser.parse("{ __schema { queryType { name } } }"), null, Map.of(), schema));
        assertEquals("INTROSPECTION_DISABLED", rejected.getExtensions().get("code"));
        assertThrows(
                RequestRejected.class,
                () -> withIntrospection(false)
                        .check(
                                Parser.parse("{ ... on Query { __type(name: \"Workspace\") { name } } }"),
                                null,
                                Map.of(),
                                schema));
    }

    @Test
    void queriesWithoutIntrospectionPassWhenItIsSwitchedOff() throws IOException {
        withIntrospection(false).check(Parser.parse("{ me { username __typename } }"), null, Map.of(), schema());
    }
}
