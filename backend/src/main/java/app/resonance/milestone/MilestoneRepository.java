package app.resonance.milestone;

import app.resonance.common.persistence.TenantRows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Milestones through the reactive SQL client (alias {@code m}); writes run on the caller's transaction. */
@ApplicationScoped
public class MilestoneRepository {

    /** A campaign as a template sees it: its type, owner and the date its template counts from (may be null). */
    record Campaign(String type, String owner, LocalDate anchor) {}

    /**
     * The date a campaign's template milestones count from: the event date, else (campaigns without an
     * event, e.g. a mailing) the start.
     */
    static final String ANCHOR = "coalesce(c.event_date, c.starts_on)";

    /** Open milestones with a responsible member, of campaigns still to be done. */
    private static final String DUE = "select m.id, m.workspace_id, m.campaign_id, c.name as campaign_name, m.name,"
            + " m.due_on, m.responsible, c.event_time_zone from milestone m"
            + " join campaign c on c.workspace_id = m.workspace_id and c.id = m.campaign_id"
            + " where m.done_at is null and m.responsible is not null and m.due_on <= $1"
            + " and c.status not in ('COMPLETED', 'CANCELLED')";

    private final Pool pool;
    private final TenantRows<MilestoneRow> rows;

    MilestoneRepository(Pool pool) {
        this.pool = pool;
        this.rows = new TenantRows<>(pool, MilestoneRow.TABLE, "m", MilestoneRow::from, MilestoneRow::id);
    }

    TenantRows<MilestoneRow> rows() {
        return rows;
    }

    Uni<List<MilestoneRow>> ofCampaign(UUID workspaceId, UUID campaignId) {
        return pool.preparedQuery("select " + MilestoneRow.TABLE.list() + " from milestone"
                        + " where workspace_id = $1 and campaign_id = $2 order by due_on, lower(name), id")
                .execute(Tuple.of(workspaceId, campaignId))
                .map(found -> found.stream().map(MilestoneRow::from).toList());
    }

    /** The campaign, locked until the transaction ends (so that two template runs take turns); null when unknown. */
    Uni<Campaign> lockCampaign(SqlClient tx, UUID workspaceId, UUID campaignId) {
        return tx.preparedQuery("select c.type, c.owner, " + ANCHOR + " as anchor from campaign c"
                        + " where c.workspace_id = $1 and c.id = $2 for update")
                .execute(Tuple.of(workspaceId, campaignId))
                .map(found -> {
                    if (found.size() == 0) {
                        return null;
                    }
                    Row row = found.iterator().next();
                    return new Campaign(row.getString("type"), row.getString("owner"), row.getLocalDate("anchor"));
                });
    }

    /** The names of the campaign's milestones, lower case. */
    Uni<List<String>> names(SqlClient tx, UUID workspaceId, UUID campaignId) {
        return tx.preparedQuery("select lower(name) from milestone where workspace_id = $1 and campaign_id = $2")
                .execute(Tuple.of(workspaceId, campaignId))
                .map(found -> found.stream().map(row -> row.getString(0)).toList());
    }

    Uni<Void> insertAll(SqlClient tx, List<MilestoneRow> milestones) {
        if (milestones.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("insert into milestone (" + MilestoneRow.TABLE.list() + ") select * from "
                        + MilestoneRow.TABLE.unnest(1))
                .execute(Tuple.from(MilestoneRow.TABLE.arrays(milestones)))
                .replaceWithVoid();
    }

    /**
     * Sets every template milestone of the campaign to its days from the date, in the current Hibernate Reactive
     * transaction (the campaign's, whose entity changes are not flushed yet: the date comes as a parameter).
     */
    Uni<Integer> moveTemplateMilestones(UUID workspaceId, UUID campaignId, LocalDate anchor) {
        return Panache.getSession()
                // Hibernate sends each use of ?3 as a parameter of its own, typed by PostgreSQL from its context.
                .chain(session -> session.createNativeQuery(
                                "update milestone set due_on = cast(?3 as date) + days_from_event"
                                        + " where workspace_id = ?1 and campaign_id = ?2 and days_from_event is not null"
                                        + " and due_on <> cast(?3 as date) + days_from_event")
                        .setParameter(1, workspaceId)
                        .setParameter(2, campaignId)
                        .setParameter(3, anchor)
                        .executeUpdate());
    }

    /** The member's open milestones in the workspace due by the date, earliest first. */
    Uni<List<DueMilestone>> dueFor(UUID workspaceId, String username, LocalDate upTo) {
        return pool.preparedQuery(DUE + " and m.workspace_id = $2 and m.responsible = $3 order by m.due_on, m.id")
                .execute(Tuple.of(upTo, workspaceId, username))
                .map(found -> found.stream().map(MilestoneRepository::due).toList());
    }

    /** Every workspace's open milestones with someone responsible, due by the date. */
    Uni<List<DueMilestone>> due(SqlClient client, LocalDate upTo) {
        return client.preparedQuery(DUE + " order by m.due_on, m.id")
                .execute(Tuple.of(upTo))
                .map(found -> found.stream().map(MilestoneRepository::due).toList());
    }

    private static DueMilestone due(Row row) {
        return new DueMilestone(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getUUID("campaign_id"),
                row.getString("campaign_name"),
                row.getString("name"),
                row.getLocalDate("due_on"),
                row.getString("responsible"),
                row.getString("event_time_zone"));
    }
}
