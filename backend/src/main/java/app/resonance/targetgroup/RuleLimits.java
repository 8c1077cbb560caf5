package app.resonance.targetgroup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much work one target group may ask of the database (configuration {@code resonance.target-groups.*}). */
@ConfigMapping(prefix = "resonance.target-groups")
public interface RuleLimits {

    /** Nodes of one rule (groups and conditions); the SPA's builder shows a few dozen at most. */
    @WithDefault("100")
    int maxNodes();

    /** Levels of one rule, the root being the first. */
    @WithDefault("8")
    int maxDepth();

    /** Target groups inside target groups ("member of …"), counted from the rule being compiled. */
    @WithDefault("3")
    int maxNesting();

    /** Nodes of a rule with the rules of the target groups it uses put in place. */
    @WithDefault("1000")
    int maxCompiledNodes();

    /**
     * Time a count or a page of members may take in PostgreSQL before it is cancelled and answered with
     * TIMEOUT; below the GraphQL operation's own 15 s, so the caller hears why.
     */
    @WithDefault("10s")
    Duration statementTimeout();

    /** Time the daily history may take per target group: a whole workspace's contacts, diffed against the last record. */
    @WithDefault("600s")
    Duration historyStatementTimeout();
}
