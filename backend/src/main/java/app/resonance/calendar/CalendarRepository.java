package app.resonance.calendar;

import app.resonance.calendar.CalendarView.CalendarCampaign;
import app.resonance.campaign.CampaignStatus;
import app.resonance.campaign.CampaignType;
import app.resonance.milestone.MilestoneView;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The calendar's reads of campaigns, milestones and tasks, and the feed keys. */
@ApplicationScoped
public class CalendarRepository {

    /** A milestone or task of a member's feed. */
    record FeedItem(
            String kind, UUID id, String name, LocalDate startsOn, LocalDate dueOn, boolean done, String campaign) {}

    private final Pool pool;

    CalendarRepository(Pool pool) {
        this.pool = pool;
    }

    /** Campaigns with dates that overlap the period, by start; a campaign without an end lasts its start (or event) day. */
    Uni<List<CalendarCampaign>> campaigns(UUID workspaceId, LocalDate from, LocalDate to) {
        return pool.preparedQuery("select id, name, type, status, starts_on, ends_on, event_date, parent_id,"
                        + " business_line from campaign where workspace_id = $1"
                        + " and coalesce(starts_on, event_date) <= $3 and coalesce(ends_on, event_date, starts_on) >= $2"
                        + " order by coalesce(starts_on, event_date), lower(name), id")
                .execute(Tuple.of(workspaceId, from, to))
                .map(rows -> rows.stream()
                        .map(row -> new CalendarCampaign(
                                row.getUUID("id"),
                                row.getString("name"),
                                CampaignType.valueOf(row.getString("type")),
                                CampaignStatus.valueOf(row.getString("status")),
                                row.getLocalDate("starts_on"),
                                row.getLocalDate("ends_on"),
                                row.getLocalDate("event_date"),
                                row.getUUID("parent_id"),
                                row.getString("business_line")))
                        .toList());
    }

    /** Milestones due in the period, by due date. */
    Uni<List<MilestoneView>> milestones(UUID workspaceId, LocalDate from, LocalDate to) {
        return pool.preparedQuery("select id, campaign_id, name, due_on, days_from_event, responsible, done_at"
                        + " from milestone where workspace_id = $1 and due_on between $2 and $3"
                        + " order by due_on, lower(name), id")
                .execute(Tuple.of(workspaceId, from, to))
                .map(rows -> rows.stream().map(CalendarRepository::milestone).toList());
    }

    /** The member's milestones (responsible) and tasks (assignee) due in the period, of campaigns not cancelled. */
    Uni<List<FeedItem>> feed(UUID workspaceId, String username, LocalDate from, LocalDate to) {
        return pool.preparedQuery("""
                        select 'MILESTONE' as kind, m.id, m.name, null::date as starts_on, m.due_on,
                               m.done_at is not null as done, c.name as campaign
                        from milestone m join campaign c on c.workspace_id = m.workspace_id and c.id = m.campaign_id
                        where m.workspace_id = $1 and m.responsible = $2 and m.due_on between $3 and $4
                          and c.status <> 'CANCELLED'
                        union all
                        select 'TASK', t.id, t.title, t.starts_on, t.due_on, t.state = 'DONE', c.name
                        from task t join campaign c on c.workspace_id = t.workspace_id and c.id = t.campaign_id
                        where t.workspace_id = $1 and t.assignee = $2 and t.due_on between $3 and $4
                          and c.status <> 'CANCELLED'
                        order by due_on, id""")
                .execute(Tuple.of(workspaceId, username, from, to))
                .map(rows -> rows.stream()
                        .map(row -> new FeedItem(
                                row.getString("kind"),
                                row.getUUID("id"),
                                row.getString("name"),
                                row.getLocalDate("starts_on"),
                                row.getLocalDate("due_on"),
                                row.getBoolean("done"),
                                row.getString("campaign")))
                        .toList());
    }

    /** The member's feed key, or null when they have none (or are no member). */
    Uni<byte[]> key(UUID workspaceId, String username) {
        return pool.preparedQuery("select secret from calendar_feed_key where workspace_id = $1 and username = $2")
                .execute(Tuple.of(workspaceId, username))
                .map(rows -> rows.size() == 0
                        ? null
                        : rows.iterator().next().getBuffer("secret").getBytes());
    }

    /**
     * Stores the key as the member's (replacing theirs when {@code replace}, else keeping one they have); answers
     * the member's key as stored.
     */
    Uni<byte[]> storeKey(UUID workspaceId, String username, byte[] key, boolean replace, OffsetDateTime now) {
        return pool.preparedQuery("insert into calendar_feed_key (workspace_id, username, secret, created_at)"
                        + " values ($1, $2, $3, $4) on conflict (workspace_id, username) do update set secret = "
                        + (replace ? "excluded.secret, created_at = excluded.created_at" : "calendar_feed_key.secret")
                        + " returning secret")
                .execute(Tuple.of(workspaceId, username, Buffer.buffer(key), now))
                .map(rows -> rows.iterator().next().getBuffer("secret").getBytes());
    }

    private static MilestoneView milestone(Row row) {
        OffsetDateTime doneAt = row.getOffsetDateTime("done_at");
        return new MilestoneView(
                row.getUUID("id"),
                row.getUUID("campaign_id"),
                row.getString("name"),
                row.getLocalDate("due_on"),
                row.getInteger("days_from_event"),
                row.getString("responsible"),
                doneAt == null ? null : doneAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
