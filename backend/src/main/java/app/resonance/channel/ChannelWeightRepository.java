package app.resonance.channel;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The segment × channel weight matrix, written as a whole batch in one statement. */
@ApplicationScoped
public class ChannelWeightRepository {

    private final Pool pool;

    ChannelWeightRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<List<ChannelWeightView>> matrix(UUID workspaceId) {
        return pool.preparedQuery("select segment_id, channel_id, weight from channel_weight where workspace_id = $1")
                .execute(Tuple.of(workspaceId))
                .map(rows -> rows.stream()
                        .map(row -> new ChannelWeightView(
                                row.getUUID("segment_id"), row.getUUID("channel_id"), row.getDouble("weight")))
                        .toList());
    }

    /** Upserts the pairs with a weight above 0 and deletes the pairs set to 0, atomically. */
    Uni<Void> set(UUID workspaceId, List<UUID> segmentIds, List<UUID> channelIds, List<Double> weights) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("""
                with given as (
                    select * from unnest($2::uuid[], $3::uuid[], $4::float8[]) as g(segment_id, channel_id, weight)
                ), removed as (
                    delete from channel_weight w using given g
                    where w.segment_id = g.segment_id and w.channel_id = g.channel_id and g.weight = 0
                )
                insert into channel_weight (workspace_id, segment_id, channel_id, weight)
                select $1, segment_id, channel_id, weight from given where weight > 0
                on conflict (segment_id, channel_id) do update set weight = excluded.weight
                """)
                .execute(Tuple.of(
                        workspaceId,
                        segmentIds.toArray(UUID[]::new),
                        channelIds.toArray(UUID[]::new),
                        weights.toArray(Double[]::new)))
                .replaceWithVoid());
    }
}
