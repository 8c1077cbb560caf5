package app.resonance.supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A workspace's rating criteria, in their order. */
@ApplicationScoped
class RatingCriterionRepository {

    private static final String COLUMNS = "id, name, preset, weight";

    private final Pool pool;

    RatingCriterionRepository(Pool pool) {
        this.pool = pool;
    }

    /** Runs the work in one transaction on one connection. */
    <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    Uni<List<RatingCriterionView>> list(SqlClient client, UUID workspaceId) {
        return client.preparedQuery(
                        "select " + COLUMNS + " from rating_criterion where workspace_id = $1 order by place, id")
                .execute(Tuple.of(workspaceId))
                .map(rows -> rows.stream().map(RatingCriterionRepository::view).toList());
    }

    Uni<List<RatingCriterionView>> list(UUID workspaceId) {
        return list(pool, workspaceId);
    }

    /** The criteria of the workspace the supplier belongs to (for fields under suppliers already read). */
    Uni<List<RatingCriterionView>> ofSupplier(UUID supplierId) {
        return pool.preparedQuery("select " + COLUMNS + " from rating_criterion where workspace_id ="
                        + " (select workspace_id from supplier where id = $1) order by place, id")
                .execute(Tuple.of(supplierId))
                .map(rows -> rows.stream().map(RatingCriterionRepository::view).toList());
    }

    /** Which of these criteria the workspace has. */
    Uni<Set<UUID>> known(SqlClient client, UUID workspaceId, List<UUID> ids) {
        return client.preparedQuery("select id from rating_criterion where workspace_id = $1 and id = any ($2)")
                .execute(Tuple.of(workspaceId, ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(row -> row.getUUID("id")).collect(Collectors.toSet()));
    }

    /** The workspace's criteria by id, locked until the transaction ends, so that two admins' changes take turns. */
    Uni<Map<UUID, String>> lockedNames(SqlClient client, UUID workspaceId) {
        return client.preparedQuery("select id, name from rating_criterion where workspace_id = $1 for update")
                .execute(Tuple.of(workspaceId))
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(row -> row.getUUID("id"), row -> row.getString("name"))));
    }

    /**
     * Makes the workspace's criteria these ones, in this order: criteria not listed go (with their scores),
     * listed ones keep their id and scores and lose their preset when renamed, new ones (no id) are added.
     */
    Uni<Void> replace(
            SqlClient client, UUID workspaceId, List<UUID> ids, List<String> names, List<BigDecimal> weights) {
        UUID[] kept = ids.stream().filter(id -> id != null).toArray(UUID[]::new);
        UUID[] idArray = ids.toArray(UUID[]::new);
        String[] nameArray = names.toArray(String[]::new);
        Numeric[] weightArray = weights.stream().map(Numeric::create).toArray(Numeric[]::new);
        return client.preparedQuery("delete from rating_criterion where workspace_id = $1 and not (id = any ($2))")
                .execute(Tuple.of(workspaceId, kept))
                .chain(() -> client.preparedQuery("update rating_criterion c set name = u.name, weight = u.weight,"
                                + " place = u.place - 1, preset = case when c.name = u.name then c.preset end"
                                + " from unnest($2::uuid[], $3::text[], $4::numeric[]) with ordinality"
                                + " as u(id, name, weight, place) where c.workspace_id = $1 and c.id = u.id")
                        .execute(Tuple.of(workspaceId, idArray, nameArray, weightArray)))
                .chain(() -> client.preparedQuery("insert into rating_criterion (id, workspace_id, name, weight, place)"
                                + " select gen_random_uuid(), $1, u.name, u.weight, u.place - 1"
                                + " from unnest($2::uuid[], $3::text[], $4::numeric[]) with ordinality"
                                + " as u(id, name, weight, place) where u.id is null")
                        .execute(Tuple.of(workspaceId, idArray, nameArray, weightArray)))
                // A removed criterion takes its scores along; an engagement may thereby lose its last one.
                .chain(() -> SupplierScoreRepository.refreshWorkspace(client, workspaceId));
    }

    private static RatingCriterionView view(Row row) {
        String preset = row.getString("preset");
        return new RatingCriterionView(
                row.getUUID("id"),
                row.getString("name"),
                preset == null ? null : RatingPreset.valueOf(preset),
                row.getBigDecimal("weight"));
    }
}
