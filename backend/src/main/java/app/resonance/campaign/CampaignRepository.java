package app.resonance.campaign;

import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Keyset;
import app.resonance.common.persistence.NamedRowRepository;
import app.resonance.common.persistence.SqlConditions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
public class CampaignRepository extends NamedRowRepository<Campaign, CampaignView> {

    /** pg_advisory_xact_lock(class, workspace): changes of a workspace's programme tree take turns. */
    private static final int TREE_LOCK = 9028;

    /** Far deeper than any real programme; bounds the walk should a cycle ever be stored. */
    private static final int MAX_DEPTH = 1000;

    CampaignRepository(Pool pool) {
        super(pool, "campaign", CampaignView.COLUMNS, CampaignView::of);
    }

    /** A campaign of a page with its cursor. */
    record Paged(CampaignView campaign, String cursor) {}

    /** The rows the conditions select, in the keyset's order after the cursor, at most {@code limit}. */
    Uni<List<Paged>> page(SqlConditions query, Keyset order, Cursor after, int limit) {
        Tuple params = query.params();
        String keyset = order.after(after, params);
        return pool.preparedQuery("select " + CampaignView.COLUMNS + order.sortColumns() + " from campaign c where "
                        + query.where() + keyset + " order by " + order.orderBy() + " limit " + limit)
                .execute(params)
                .map(rows -> rows.stream()
                        .map(row -> {
                            CampaignView campaign = CampaignView.of(row);
                            return new Paged(campaign, order.cursor(row, campaign.id()));
                        })
                        .toList());
    }

    Uni<Long> count(SqlConditions query) {
        return pool.preparedQuery("select count(*) from campaign c where " + query.where())
                .execute(query.params())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Each campaign's planned figures with all its descendants' (its programme), in one statement: a walk down
     * the tree from every campaign asked for, then the sums over what it reached. A figure nobody planned stays
     * null.
     */
    Uni<Map<UUID, PlannedFigures>> programmePlanned(Collection<UUID> campaignIds) {
        return pool.preparedQuery("""
                        with recursive tree (root, workspace_id, id, depth) as (
                            select id, workspace_id, id, 0 from campaign where id = any($1)
                            union all
                            select tree.root, c.workspace_id, c.id, tree.depth + 1
                            from tree join campaign c on c.workspace_id = tree.workspace_id and c.parent_id = tree.id
                            where tree.depth < $2
                        )
                        select tree.root, sum(c.planned_invitations) as invitations,
                            sum(c.planned_registrations) as registrations, sum(c.planned_attendees) as attendees,
                            sum(c.planned_opportunities) as opportunities, sum(c.planned_revenue) as revenue
                        from tree join campaign c on c.id = tree.id
                        group by tree.root""")
                .execute(Tuple.of(campaignIds.toArray(UUID[]::new), MAX_DEPTH))
                .map(rows -> {
                    Map<UUID, PlannedFigures> sums = new HashMap<>();
                    rows.forEach(row -> sums.put(
                            row.getUUID("root"),
                            new PlannedFigures(
                                    integer(row.getLong("invitations")),
                                    integer(row.getLong("registrations")),
                                    integer(row.getLong("attendees")),
                                    integer(row.getLong("opportunities")),
                                    row.getBigDecimal("revenue"))));
                    return sums;
                });
    }

    /** A sum of integers is a bigint; a programme's would pass Integer.MAX_VALUE only with absurd figures. */
    private static Integer integer(Long sum) {
        return sum == null ? null : Math.toIntExact(sum);
    }

    /**
     * Whether {@code campaignId} is {@code parentId} or one of its ancestors, read in the caller's transaction
     * after taking the workspace's tree lock (held to commit), so that two changes cannot make a cycle between
     * them.
     */
    Uni<Boolean> isAncestorOrSelf(UUID workspaceId, UUID campaignId, UUID parentId) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "select count(*) from (select pg_advisory_xact_lock(?1, hashtext(?2))) l", Long.class)
                        .setParameter(1, TREE_LOCK)
                        .setParameter(2, workspaceId.toString())
                        .getSingleResult()
                        .chain(() -> session.createNativeQuery("""
                                        with recursive up (id, parent_id, depth) as (
                                            select id, parent_id, 1 from campaign where workspace_id = ?1 and id = ?2
                                            union all
                                            select c.id, c.parent_id, up.depth + 1
                                            from campaign c join up on c.workspace_id = ?1 and c.id = up.parent_id
                                            where up.depth < ?4
                                        )
                                        select count(*) from up where id = ?3""", Long.class)
                                .setParameter(1, workspaceId)
                                .setParameter(2, parentId)
                                .setParameter(3, campaignId)
                                .setParameter(4, MAX_DEPTH)
                                .getSingleResult()))
                .map(found -> found > 0);
    }
}
