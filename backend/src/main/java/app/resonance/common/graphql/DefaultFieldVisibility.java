package app.resonance.common.graphql;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;
import java.lang.reflect.Field;

/**
 * Gives the schema graphql-java's default field visibility when the configured one is the default.
 * SmallRye GraphQL 2.17 turns any configured value other than "no-introspection" into a list of
 * blocked-field patterns, Quarkus' default "default" included, so graphql-java matched a regular
 * expression on every field it looked up: about 5 % of the CPU of a page of publications.
 *
 * Registered in {@code META-INF/services}; {@code SmallRyeHooksTest} fails if SmallRye stops loading it.
 * graphql-java's schema builder has no getter for the code registry SmallRye put into it, hence the
 * reflection; should the field move, startup fails loudly. No upstream issue names this (the setting came
 * with smallrye/smallrye-graphql#293; quarkusio/quarkus#43903 made it a runtime setting): remove when
 * SmallRye leaves graphql-java's default visibility in place for "default".
 */
public class DefaultFieldVisibility implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        if (!Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            return builder;
        }
        try {
            Field field = GraphQLSchema.Builder.class.getDeclaredField("codeRegistry");
            field.setAccessible(true);
            GraphQLCodeRegistry registry = (GraphQLCodeRegistry) field.get(builder);
            return builder.codeRegistry(registry.transform(
                    code -> code.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("graphql-java's schema builder changed: " + e, e);
        }
    }
}
