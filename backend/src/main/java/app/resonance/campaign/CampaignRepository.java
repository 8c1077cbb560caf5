package app.resonance.campaign;

import app.resonance.common.persistence.NamedRowRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;
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
