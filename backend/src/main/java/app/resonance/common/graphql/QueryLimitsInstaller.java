package app.resonance.common.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Adds {@link QueryLimitsInstrumentation} to the GraphQL engine SmallRye builds. SmallRye 2.17 has no
 * setting for a custom instrumentation ("TODO: Allow users to add custom instrumentations" in its
 * {@code ExecutionService}) and its own depth and complexity settings count fragments by expanding
 * them, so a fragment bomb would take them as long as the query itself. graphql-java's builder has
 * no getter for the instrumentation SmallRye set (its query cache), hence the reflection; should the
 * field move, the app fails at its first request and {@code QueryLimitsTest} fails. Upstream:
 * smallrye/smallrye-graphql#532 (instrumentations in Quarkus) and #921 (open: graphql-java's
 * instrumentation). Remove when SmallRye takes instrumentations from CDI.
 *
 * Registered in {@code META-INF/services}.
 */
public class QueryLimitsInstaller implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLLimits limits =
                ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(GraphQLLimits.class);
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            List<Instrumentation> chain = new ArrayList<>();
            if (field.get(builder) instanceof Instrumentation smallRyes) {
                chain.add(smallRyes);
            }
            // After SmallRye's query cache: a document refused here is never cached as valid.
            chain.add(new QueryLimitsInstrumentation(limits));
            return builder.instrumentation(new ChainedInstrumentation(chain));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("graphql-java's GraphQL.Builder changed: " + e, e);
        }
    }
}
