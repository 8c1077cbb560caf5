package app.resonance.supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Engagements and their ratings, through the reactive pool; every statement is scoped by workspace. */
@ApplicationScoped
class EngagementRepository {

    private static final String INSERT = "insert into supplier_engagement (" + EngagementRow.TABLE.list() + ") values ("
            + EngagementRow.TABLE.parameters() + ")";

    private static final String UPDATE = "update supplier_engagement set "
            + EngagementRow.EDITABLE.assignments("id", "workspace_id") + " where workspace_id = "
            + EngagementRow.EDITABLE.parameter("workspace_id") + " and id = "
            + EngagementRow.EDITABLE.parameter("id");

    /** An engagement with its rating; all scores of one rating share who and when, so max() reads them. */
    private static final String VIEW = "select e.id, e.supplier_id, e.campaign_id, e.service, e.amount, e.engaged_on,"
            + " e.on_time, e.note, r.criteria, r.scores, r.rated_by, r.rated_at from supplier_engagement e"
            + " left join lateral (select array_agg(criterion_id order by criterion_id) as criteria,"
            + " array_agg(score order by criterion_id) as scores, max(rated_by) as rated_by,"
            + " max(rated_at) as rated_at from supplier_rating where engagement_id = e.id) r on true";

    private final Pool pool;

    EngagementRepository(Pool pool) {
        this.pool = pool;
    }

    /** The suppliers' engagements, newest first. */
    Uni<List<SupplierEngagementView>> ofSuppliers(UUID workspaceId, List<UUID> supplierIds) {
        return pool.preparedQuery(VIEW + " where e.workspace_id = $1 and e.supplier_id = any ($2)"
                        + " order by e.engaged_on desc, e.id desc")
                .execute(Tuple.of(workspaceId, supplierIds.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(EngagementRepository::view).toList());
    }

    /** The engagement, or null when the workspace has none with this id. */
    Uni<SupplierEngagementView> view(UUID workspaceId, UUID id) {
        return pool.preparedQuery(VIEW + " where e.workspace_id = $1 and e.id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next()));
    }

    /** Stores the engagement and its supplier's new track record. */
    Uni<Void> insert(EngagementRow row) {
        return pool.withTransaction(client -> client.preparedQuery(INSERT)
                .execute(Tuple.from(EngagementRow.TABLE.values(row)))
                .chain(() -> SupplierScoreRepository.refresh(client, List.of(row.supplierId()))));
    }

    /**
     * Replaces the engagement's fields, and the scores of its supplier (both, when it moves to another); false when
     * the workspace has no such engagement.
     */
    Uni<Boolean> update(EngagementRow row) {
        return pool.withTransaction(client -> client.preparedQuery(
                        "select supplier_id from supplier_engagement where workspace_id = $1 and id = $2 for update")
                .execute(Tuple.of(row.workspaceId(), row.id()))
                .chain(found -> {
                    if (found.size() == 0) {
                        return Uni.createFrom().item(false);
                    }
                    UUID before = found.iterator().next().getUUID("supplier_id");
                    return client.preparedQuery(UPDATE)
                            .execute(Tuple.from(EngagementRow.EDITABLE.values(row)))
                            .chain(() -> SupplierScoreRepository.refresh(client, List.of(before, row.supplierId())))
                            .replaceWith(true);
                }));
    }

    /** Deletes the engagement with its rating, and rescores its supplier; false when the workspace has none such. */
    Uni<Boolean> delete(UUID workspaceId, UUID id) {
        return pool.withTransaction(client -> client.preparedQuery(
                        "delete from supplier_engagement where workspace_id = $1 and id = $2 returning supplier_id")
                .execute(Tuple.of(workspaceId, id))
                .chain(deleted -> deleted.size() == 0
                        ? Uni.createFrom().item(false)
                        : SupplierScoreRepository.refresh(
                                        client,
                                        List.of(deleted.iterator().next().getUUID("supplier_id")))
                                .replaceWith(true)));
    }

    /** An engagement held for a rating: when it took place and whose it is. */
    record Held(LocalDate engagedOn, UUID supplierId) {}

    /** The engagement's date and supplier, locked until the transaction ends; null when the workspace has no such one. */
    Uni<Held> locked(SqlClient client, UUID workspaceId, UUID id) {
        return client.preparedQuery("select engaged_on, supplier_id from supplier_engagement"
                        + " where workspace_id = $1 and id = $2 for update")
                .execute(Tuple.of(workspaceId, id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Held(row.getLocalDate("engaged_on"), row.getUUID("supplier_id"));
                });
    }

    /**
     * Replaces the engagement's rating with these scores, and its supplier's scores, (criteria of the workspace: a foreign one breaks
     * {@code supplier_rating_workspace_id_criterion_id_fkey}).
     */
    Uni<Void> rate(
            SqlClient client,
            UUID workspaceId,
            UUID supplierId,
            UUID engagementId,
            List<UUID> criteria,
            List<Short> scores,
            String username,
            OffsetDateTime now) {
        return client.preparedQuery("delete from supplier_rating where engagement_id = $1")
                .execute(Tuple.of(engagementId))
                .chain(() -> client.preparedQuery("insert into supplier_rating (workspace_id, engagement_id,"
                                + " criterion_id, score, rated_by, rated_at) select $1, $2, c, s, $5, $6"
                                + " from unnest($3::uuid[], $4::int2[]) as u(c, s)")
                        .execute(Tuple.of(
                                workspaceId,
                                engagementId,
                                criteria.toArray(UUID[]::new),
                                scores.toArray(Short[]::new),
                                username,
                                now)))
                .chain(() -> SupplierScoreRepository.refresh(client, List.of(supplierId)));
    }

    private static SupplierEngagementView view(Row row) {
        UUID[] criteria = row.getArrayOfUUIDs("criteria");
        Short[] scores = row.getArrayOfShorts("scores");
        List<EngagementScoreView> rating = new ArrayList<>();
        for (int i = 0; criteria != null && i < criteria.length; i++) {
            rating.add(new EngagementScoreView(criteria[i], scores[i]));
        }
        return new SupplierEngagementView(
                row.getUUID("id"),
                row.getUUID("supplier_id"),
                row.getUUID("campaign_id"),
                BudgetCategory.valueOf(row.getString("service")),
                row.getBigDecimal("amount"),
                row.getLocalDate("engaged_on"),
                row.getBoolean("on_time"),
                row.getString("note"),
                rating,
                row.getString("rated_by"),
                row.getOffsetDateTime("rated_at"));
    }
}
