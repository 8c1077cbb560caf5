package app.resonance.common.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How much one GraphQL request may ask of the server. Checked before anything runs, so that an
 * abusive request costs milliseconds; the numbers are documented for third parties in the README.
 */
@ConfigMapping(prefix = "resonance.graphql")
public interface GraphQLLimits {

    /** Bytes of a POST /graphql body (uploads have their own route and limit). */
    @WithDefault("2097152")
    int maxBodyBytes();

    /** Nesting of JSON in the body (variables included). */
    @WithDefault("32")
    int maxJsonDepth();

    /** Nesting of fields; the SPA's deepest query has 5, GraphiQL's introspection query 13. */
    @WithDefault("15")
    int maxDepth();

    /** Fields selected, counted after every fragment spread is expanded. */
    @WithDefault("1000")
    int maxFields();

    /** Aliased fields, counted after expansion: aliases are how one request repeats an expensive field. */
    @WithDefault("30")
    int maxAliases();

    /**
     * Cost budget: every field costs 1, times the page sizes ({@code first}) of the lists above it.
     * One page of 500 publications with 20 fields each costs about 10,000.
     */
    @WithDefault("25000")
    int maxCost();

    /** The page size assumed for a list that takes {@code first} when the request leaves it out. */
    @WithDefault("50")
    int defaultPageSize();

    /** Wall-clock time an operation may take before it is answered with TIMEOUT. */
    @WithDefault("15s")
    Duration timeout();

    /** Schema introspection for signed-in callers; switch off in production if no client needs it. */
    @WithDefault("true")
    boolean introspection();
}
