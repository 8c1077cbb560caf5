package app.resonance.reaction;

import app.resonance.balance.Urgency;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reactions over SQL: reads through the pool, the one write inside the transaction that creates the campaign. */
@ApplicationScoped
public class ReactionRepository {

    private static final String COLUMNS =
            "workspace_id, campaign_id, alert_id, segment_id, channel_id, gap_at_start, urgency_at_start, started_at";

    private final Pool pool;

    ReactionRepository(Pool pool) {
        this.pool = pool;
    }

    Pool pool() {
        return pool;
    }

    /**
     * Stores the reaction in the current Panache transaction, the one that stores its campaign: flushed first, as
     * Hibernate Reactive writes a persisted entity only at a flush, and a native statement does not cause one.
     */
    Uni<Void> insertInTransaction(CampaignReaction reaction) {
        return Panache.getSession()
                .call(session -> session.flush())
                .chain(session -> session.createNativeQuery("insert into campaign_reaction (" + COLUMNS
                                + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                        .setParameter(1, reaction.workspaceId())
                        .setParameter(2, reaction.campaignId())
                        .setParameter(3, reaction.alertId())
                        .setParameter(4, reaction.segmentId())
                        .setParameter(5, reaction.channelId())
                        .setParameter(6, reaction.gapAtStart())
                        .setParameter(7, reaction.urgencyAtStart().name())
                        .setParameter(8, reaction.startedAt())
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The reactions of these campaigns (campaigns without one are absent). */
    Uni<List<CampaignReaction>> ofCampaigns(Collection<UUID> campaignIds) {
        return read("campaign_id = any($1)", Tuple.of(campaignIds.toArray(UUID[]::new)));
    }

    /** The reactions to these alerts. */
    Uni<List<CampaignReaction>> ofAlerts(Collection<Long> alertIds) {
        return read("alert_id = any($1)", Tuple.of(alertIds.toArray(Long[]::new)));
    }

    private Uni<List<CampaignReaction>> read(String condition, Tuple arguments) {
        return pool.preparedQuery("select " + COLUMNS + " from campaign_reaction where " + condition)
                .execute(arguments)
                .map(rows -> {
                    List<CampaignReaction> reactions = new ArrayList<>();
                    rows.forEach(row -> reactions.add(reaction(row)));
                    return reactions;
                });
    }

    private static CampaignReaction reaction(Row row) {
        return new CampaignReaction(
                row.getUUID("workspace_id"),
                row.getUUID("campaign_id"),
                row.getLong("alert_id"),
                row.getUUID("segment_id"),
                row.getUUID("channel_id"),
                row.getDouble("gap_at_start"),
                Urgency.valueOf(row.getString("urgency_at_start")),
                row.getOffsetDateTime("started_at"));
    }
}
