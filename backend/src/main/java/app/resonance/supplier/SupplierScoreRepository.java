package app.resonance.supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Suppliers' scores and track record from their engagements, as {@link SupplierScoring} defines them. */
@ApplicationScoped
class SupplierScoreRepository {

    /**
     * One row per supplier with engagements: its track record, its overall score and its score per criterion
     * (parallel arrays), from the sums {@code supplier_scores_refresh} keeps. $1: the suppliers.
     */
    private static final String SCORES = """
            select t.supplier_id, t.engagements, t.rated, t.on_time, t.late, t.last_engaged_on,
                   o.overall, o.criteria, o.scores, o.ratings
            from unnest($1::uuid[]) as wanted (id)
            join supplier_track_record t on t.supplier_id = wanted.id
            cross join lateral (
                select sum(c.weight::float8 * x.score_sum / x.weight_sum) / nullif(sum(c.weight::float8), 0) as overall,
                       array_agg(x.criterion_id) as criteria, array_agg(x.score_sum / x.weight_sum) as scores,
                       array_agg(x.ratings) as ratings
                from supplier_criterion_score x join rating_criterion c on c.id = x.criterion_id
                where x.supplier_id = wanted.id
            ) o
            """;

    private final Pool pool;

    SupplierScoreRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The scores of these suppliers, each under every criterion given (in their order); callers pass suppliers of
     * one workspace that they have checked access to, and that workspace's criteria.
     */
    Uni<Map<UUID, SupplierScoreView>> scores(Collection<UUID> supplierIds, List<RatingCriterionView> criteria) {
        return pool.preparedQuery(SCORES)
                .execute(Tuple.of(supplierIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, SupplierScoreView> scores = new HashMap<>();
                    for (UUID id : supplierIds) {
                        scores.put(id, unrated(id, criteria));
                    }
                    rows.forEach(row -> scores.put(row.getUUID("supplier_id"), score(row, criteria)));
                    return scores;
                });
    }

    /** Brings the suppliers' stored scores and track records up to date, on the connection of the write that changed them. */
    static Uni<Void> refresh(SqlClient client, Collection<UUID> supplierIds) {
        return client.preparedQuery("select supplier_scores_refresh($1)")
                .execute(Tuple.of(supplierIds.stream().distinct().toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    /** Brings the stored scores of all the workspace's suppliers up to date (after its criteria changed). */
    static Uni<Void> refreshWorkspace(SqlClient client, UUID workspaceId) {
        return client.preparedQuery(
                        "select supplier_scores_refresh(array(select id from supplier where workspace_id = $1))")
                .execute(Tuple.of(workspaceId))
                .replaceWithVoid();
    }

    /** The score of a supplier without engagements. */
    static SupplierScoreView unrated(UUID supplierId, List<RatingCriterionView> criteria) {
        return new SupplierScoreView(
                supplierId,
                null,
                criteria.stream().map(c -> new CriterionScoreView(c, null, 0)).toList(),
                0,
                0,
                null,
                0,
                0,
                null);
    }

    private static SupplierScoreView score(Row row, List<RatingCriterionView> criteria) {
        UUID[] rated = row.getArrayOfUUIDs("criteria");
        Double[] scores = row.getArrayOfDoubles("scores");
        Integer[] ratings = row.getArrayOfIntegers("ratings");
        Map<UUID, CriterionScoreView> byCriterion = new HashMap<>();
        for (RatingCriterionView criterion : criteria) {
            for (int i = 0; rated != null && i < rated.length; i++) {
                if (rated[i].equals(criterion.id())) {
                    byCriterion.put(criterion.id(), new CriterionScoreView(criterion, scores[i], ratings[i]));
                }
            }
        }
        int onTime = row.getInteger("on_time");
        int late = row.getInteger("late");
        return new SupplierScoreView(
                row.getUUID("supplier_id"),
                row.getDouble("overall"),
                criteria.stream()
                        .map(c -> byCriterion.getOrDefault(c.id(), new CriterionScoreView(c, null, 0)))
                        .toList(),
                row.getInteger("engagements"),
                row.getInteger("rated"),
                onTime + late == 0 ? null : (double) onTime / (onTime + late),
                onTime,
                late,
                row.getLocalDate("last_engaged_on"));
    }
}
