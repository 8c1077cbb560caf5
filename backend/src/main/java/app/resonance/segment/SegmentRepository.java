package app.resonance.segment;

import app.resonance.common.persistence.NamedRowRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
public class SegmentRepository extends NamedRowRepository<Segment, SegmentView> {

    SegmentRepository(Pool pool) {
        super(
                pool,
                "segment",
                "id, name, profile, significance, immersion, reaction_weight",
                row -> SegmentView.from(row, ""));
    }

    /** Inserts the rows, or updates those whose id exists, in one statement. */
    Uni<Void> upsert(UUID workspaceId, List<SegmentImport.Row> rows) {
        return pool.preparedQuery("""
                insert into segment (id, workspace_id, name, immersion, reaction_weight, profile, significance)
                select u.id, $1, u.name, u.immersion, u.reaction_weight, u.profile, u.significance
                from unnest($2::uuid[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::text[])
                     as u(id, name, immersion, reaction_weight, profile, significance)
                on conflict (id) do update set name = excluded.name, immersion = excluded.immersion,
                    reaction_weight = excluded.reaction_weight, profile = excluded.profile,
                    significance = excluded.significance
                """)
                .execute(Tuple.from(new Object[] {
                    workspaceId,
                    rows.stream().map(SegmentImport.Row::id).toArray(UUID[]::new),
                    rows.stream().map(SegmentImport.Row::name).toArray(String[]::new),
                    rows.stream().map(row -> row.immersion().name()).toArray(String[]::new),
                    rows.stream().map(SegmentImport.Row::reactionWeight).toArray(Double[]::new),
                    rows.stream().map(SegmentImport.Row::profile).toArray(String[]::new),
                    rows.stream().map(SegmentImport.Row::significance).toArray(String[]::new)
                }))
                .replaceWithVoid();
    }
}
