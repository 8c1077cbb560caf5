package app.resonance.supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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
     * (parallel arrays). $1: the suppliers; $2: today; $3: the half-life in days.
     */
    private static final String SCORES = """
            with scored as (
                select e.supplier_id, e.id as engagement_id, r.criterion_id, r.score,
                       power(0.5::float8, ($2::date - e.engaged_on) / $3::float8) as decay
                from supplier_engagement e join supplier_rating r on r.engagement_id = e.id
                where e.supplier_id = any ($1)
            ), per_criterion as (
                select supplier_id, criterion_id, sum(score * decay) / sum(decay) as score, count(*)::int as ratings
                from scored group by supplier_id, criterion_id
            ), overall as (
                select p.supplier_id,
                       sum(c.weight::float8 * p.score) / nullif(sum(c.weight::float8), 0) as overall,
                       array_agg(p.criterion_id) as criteria, array_agg(p.score) as scores,
                       array_agg(p.ratings) as ratings
                from per_criterion p join rating_criterion c on c.id = p.criterion_id
                group by p.supplier_id
            ), rated as (
                select supplier_id, count(distinct engagement_id)::int as rated from scored group by supplier_id
            ), history as (
                select supplier_id, count(*)::int as engagements, count(*) filter (where on_time)::int as on_time,
                       count(*) filter (where not on_time)::int as late, max(engaged_on) as last_engaged_on
                from supplier_engagement where supplier_id = any ($1) group by supplier_id
            )
            select h.supplier_id, h.engagements, h.on_time, h.late, h.last_engaged_on, coalesce(r.rated, 0) as rated,
                   o.overall, o.criteria, o.scores, o.ratings
            from history h left join rated r using (supplier_id) left join overall o using (supplier_id)
            """;

    private final Pool pool;

    SupplierScoreRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The scores of these suppliers, each under every criterion given (in their order); callers pass suppliers of
     * one workspace that they have checked access to, and that workspace's criteria.
     */
    Uni<Map<UUID, SupplierScoreView>> scores(
            Collection<UUID> supplierIds, List<RatingCriterionView> criteria, LocalDate today) {
        return pool.preparedQuery(SCORES)
                .execute(Tuple.of(supplierIds.toArray(UUID[]::new), today, SupplierScoring.HALF_LIFE_DAYS))
                .map(rows -> {
                    Map<UUID, SupplierScoreView> scores = new HashMap<>();
                    for (UUID id : supplierIds) {
                        scores.put(id, unrated(id, criteria));
                    }
                    rows.forEach(row -> scores.put(row.getUUID("supplier_id"), score(row, criteria)));
                    return scores;
                });
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
