package app.resonance.common.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.resonance.support.RealStackTest;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * SmallRye loads {@link PlainFieldFetchers} and {@link DefaultFieldVisibility} through
 * {@code META-INF/services}; nothing else would notice if it stopped (answers stay the same, only slower),
 * so these look at the schema the app executes with.
 */
@QuarkusTest
@RealStackTest
class SmallRyeHooksTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void plainFieldsAreFetchedByPlainFieldFetchers() {
        assertEquals(
                PlainFieldFetchers.class, fetcher("Segment", "name").getClass().getNestHost());
    }

    @Test
    void resolversKeepSmallRyesFetchers() {
        assertNotEquals(
                PlainFieldFetchers.class,
                fetcher("Query", "workspaces").getClass().getNestHost());
    }

    @Test
    void fieldsAreLookedUpWithGraphQLJavasDefaultVisibility() {
        assertSame(
                DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                schema.getCodeRegistry().getFieldVisibility());
    }

    private DataFetcher<?> fetcher(String type, String field) {
        GraphQLObjectType object = schema.getObjectType(type);
        return schema.getCodeRegistry().getDataFetcher(object, object.getFieldDefinition(field));
    }
}
