package app.resonance.segment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.resonance.common.persistence.WorkspaceScopedRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class SegmentRepository implements WorkspaceScopedRepository<Segment> {

    private final Pool pool;

    SegmentRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public String noun() {
        return "segment";
    }

    /**
     * The workspace\'s rows by name, or only those with the given ids. Straight from the pool, not the
     * Hibernate session: GraphQL resolves fields concurrently, and a session must not be shared.
     */
    Uni<List<SegmentView>> views(UUID workspaceId, Collection<UUID> ids) {
        return pool.preparedQuery("select id, name, profile, significance, immersion, reaction_weight from segment"
                + " where workspace_id = $1 and ($2::uuid[] is null or id = any($2)) order by lower(name), id")
                .execute(Tuple.of(workspaceId, ids == null ? null : ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(SegmentRepository::view).toList());
    }

    private static SegmentView view(Row row) {
        return new SegmentView(row.getUUID("id"), row.getString("name"), row.getString("profile"),
                row.getString("significance"), Immersion.valueOf(row.getString("immersion")),
                row.getDouble("reaction_weight"));
    }
}
