package app.resonance.common.livefeed;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The app's live feeds: one channel per {@link LiveFeed} bean, each listening to its notifications. */
@ApplicationScoped
public class LiveFeeds {

    private final FeedDatabase database;
    private final Map<String, FeedChannel<?>> byField = new HashMap<>();

    LiveFeeds(FeedDatabase database, Instance<LiveFeed<?>> feeds) {
        this.database = database;
        feeds.forEach(feed -> {
            if (byField.put(feed.field(), new FeedChannel<>(database, feed)) != null) {
                throw new IllegalStateException("Two live feeds serve " + feed.field());
            }
        });
    }

    void start(@Observes StartupEvent startup) {
        byField.values()
                .forEach(channel ->
                        database.listen(channel.feed().channel(), ignored -> channel.catchUp(), channel::catchUp));
    }

    /** The channel of the feed serving this subscription field; null when no feed does. */
    FeedChannel<?> channel(String field) {
        return byField.get(field);
    }

    Collection<FeedChannel<?>> channels() {
        return byField.values();
    }

    /**
     * The feed's items for a subscriber SmallRye serves (the legacy graphql-ws protocol), which executes
     * the selection per subscriber: on the worker pool, so that subscribers do not wait for each other.
     */
    @SuppressWarnings("unchecked")
    public <T> Multi<T> stream(LiveFeed<T> feed, Uni<SecurityIdentity> identity, String workspaceId, String since) {
        FeedChannel<T> channel = (FeedChannel<T>) byField.get(feed.field());
        Long sinceId = since(feed, since);
        return identity.chain(who -> feed.audience(who, workspaceId))
                .onItem()
                .transformToMulti(audience -> channel.stream(audience, sinceId))
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A subscription's {@code since} argument: null, or the id of an item. */
    static Long since(LiveFeed<?> feed, String since) {
        if (since == null) {
            return null;
        }
        try {
            return Long.parseLong(since);
        } catch (NumberFormatException e) {
            throw new InvalidInput("since", Reason.INVALID_ID, since, "is not an id of " + feed.field());
        }
    }
}
