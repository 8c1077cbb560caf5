package app.resonance.common.livefeed;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.List;

/**
 * What a feature tells {@link LiveFeeds} to serve a live subscription: items stored in a table whose
 * ids grow in commit order (take them under a lock held to commit, or a reader skips an id committed
 * late), announced with {@code NOTIFY <channel>} after the commit, and read by every instance.
 *
 * <p>The subscription field takes {@code workspaceId: ID} and {@code since: ID} (the id of the last
 * item a client received: a reconnect replays what came after it), and a query field renders one item
 * by {@code (workspaceId: ID!, id: ID!)} exactly as the subscription would, for every member of its
 * workspace alike: subscribers with the same selection share one rendering of each item. A feature
 * implements this as a CDI bean; the subscription method itself returns {@link LiveFeeds#stream} for
 * clients that SmallRye serves (the legacy graphql-ws protocol).
 */
public interface LiveFeed<T> {

    /** The subscription field, e.g. {@code alerts}. */
    String field();

    /** The query field that renders one item, e.g. {@code alert(workspaceId, id)}. */
    String itemField();

    /** The PostgreSQL channel the feature notifies after committing new items. */
    String channel();

    /**
     * Who may receive what: the subscriber and the workspaces whose items they asked for, {@code workspaceId}'s
     * (access checked) or all of theirs when it is null. Fails as the API does (FORBIDDEN, UNAUTHENTICATED).
     */
    Uni<Audience> audience(SecurityIdentity identity, String workspaceId);

    /** The id of the newest stored item, 0 when there is none. */
    Uni<Long> lastId(SqlClient client);

    /** The stored items in the range, oldest first, each with the members its workspace has now. */
    Uni<List<LiveItem<T>>> read(SqlClient client, ItemRange range);
}
