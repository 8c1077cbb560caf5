package app.resonance.channel;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.resonance.common.persistence.WorkspaceScopedRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class ChannelRepository implements WorkspaceScopedRepository<Channel> {

    private final Pool pool;

    ChannelRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public String noun() {
        return "channel";
    }

    /**
     * The workspace\'s rows by name, or only those with the given ids. Straight from the pool, not the
     * Hibernate session: GraphQL resolves fields concurrently, and a session must not be shared.
     */
    Uni<List<ChannelView>> views(UUID workspaceId, Collection<UUID> ids) {
        return pool.preparedQuery("select id, name, type, url, publisher from channel"
                + " where workspace_id = $1 and ($2::uuid[] is null or id = any($2)) order by lower(name), id")
                .execute(Tuple.of(workspaceId, ids == null ? null : ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(row -> new ChannelView(row.getUUID("id"), row.getString("name"),
                        ChannelType.valueOf(row.getString("type")), row.getString("url"), row.getString("publisher")))
                        .toList());
    }
}
