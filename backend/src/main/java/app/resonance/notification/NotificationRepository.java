package app.resonance.notification;

import app.resonance.common.livefeed.ItemRange;
import app.resonance.common.livefeed.LiveItem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class NotificationRepository {

    /** What {@link #raise} notifies after its commit. */
    static final String CHANNEL = "notification";

    /** Advisory lock key: notification ids in commit order. */
    private static final int ID_LOCK = 4301;

    private static final String SELECT = "select n.id, n.workspace_id, n.recipient, n.kind, n.milestone_id,"
            + " m.name as milestone_name, m.campaign_id, c.name as campaign_name, n.due_on, n.raised_at, n.read_at"
            + " from notification n join milestone m on m.workspace_id = n.workspace_id and m.id = n.milestone_id"
            + " join campaign c on c.workspace_id = m.workspace_id and c.id = m.campaign_id";

    /** One notification to raise. */
    record Raise(UUID workspaceId, String recipient, UUID milestoneId, NotificationKind kind, LocalDate dueOn) {}

    private final Pool api;

    NotificationRepository(Pool api) {
        this.api = api;
    }

    /**
     * Stores those of the notifications not raised before (for that milestone, kind and due date) and announces
     * them for after the commit; answers how many were new. Whoever runs it twice, or on two instances at once,
     * raises each once: the unique key decides.
     */
    Uni<Integer> raise(SqlClient tx, List<Raise> raises, OffsetDateTime now) {
        if (raises.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Tuple arguments = Tuple.of(now)
                .addArrayOfUUID(raises.stream().map(Raise::workspaceId).toArray(UUID[]::new))
                .addArrayOfString(raises.stream().map(Raise::recipient).toArray(String[]::new))
                .addArrayOfUUID(raises.stream().map(Raise::milestoneId).toArray(UUID[]::new))
                .addArrayOfString(raises.stream().map(r -> r.kind().name()).toArray(String[]::new))
                .addArrayOfLocalDate(raises.stream().map(Raise::dueOn).toArray(LocalDate[]::new));
        return tx.preparedQuery("select pg_advisory_xact_lock($1)")
                .execute(Tuple.of(ID_LOCK))
                .chain(() -> tx.preparedQuery("""
                        insert into notification (workspace_id, recipient, milestone_id, kind, due_on, raised_at)
                        select *, $1::timestamptz from unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::date[])
                        on conflict (milestone_id, kind, due_on) do nothing""").execute(arguments))
                .chain(inserted -> inserted.rowCount() == 0
                        ? Uni.createFrom().item(0)
                        : tx.preparedQuery("select pg_notify($1, '')")
                                .execute(Tuple.of(CHANNEL))
                                .map(ignored -> inserted.rowCount()));
    }

    Uni<Long> lastId(SqlClient client) {
        return client.query("select coalesce(max(id), 0) from notification")
                .execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Notifications in the range, oldest first; each goes to its recipient alone. */
    Uni<List<LiveItem<NotificationView>>> read(SqlClient client, ItemRange range) {
        Tuple arguments = Tuple.of(range.after(), range.upTo(), range.limit());
        String workspaces = "";
        if (range.workspaceIds() != null) {
            arguments.addArrayOfUUID(range.workspaceIds().toArray(UUID[]::new));
            workspaces = " and n.workspace_id = any($4)";
        }
        return client.preparedQuery(SELECT + " where n.id > $1 and n.id <= $2" + workspaces + " order by n.id limit $3")
                .execute(arguments)
                .map(rows -> rows.stream()
                        .map(row -> {
                            NotificationView notification = view(row);
                            return new LiveItem<>(
                                    notification.id(),
                                    notification.workspaceId(),
                                    Set.of(notification.recipient()),
                                    notification);
                        })
                        .toList());
    }

    /** The recipient's notifications in the workspace, newest first. */
    Uni<List<NotificationView>> ofRecipient(UUID workspaceId, String recipient, boolean unreadOnly, int limit) {
        return api.preparedQuery(SELECT + " where n.workspace_id = $1 and n.recipient = $2"
                        + (unreadOnly ? " and n.read_at is null" : "") + " order by n.id desc limit $3")
                .execute(Tuple.of(workspaceId, recipient, limit))
                .map(rows -> rows.stream().map(NotificationRepository::view).toList());
    }

    /** The recipient's notification, or null. */
    Uni<NotificationView> find(UUID workspaceId, String recipient, long id) {
        return api.preparedQuery(SELECT + " where n.workspace_id = $1 and n.recipient = $2 and n.id = $3")
                .execute(Tuple.of(workspaceId, recipient, id))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next()));
    }

    /** Marks the recipient's notification read (once); false when they have none such. */
    Uni<Boolean> markRead(UUID workspaceId, String recipient, long id, OffsetDateTime now) {
        return api.preparedQuery("update notification set read_at = coalesce(read_at, $4)"
                        + " where workspace_id = $1 and recipient = $2 and id = $3")
                .execute(Tuple.of(workspaceId, recipient, id, now))
                .map(result -> result.rowCount() > 0);
    }

    private static NotificationView view(Row row) {
        OffsetDateTime readAt = row.getOffsetDateTime("read_at");
        return new NotificationView(
                row.getLong("id"),
                row.getUUID("workspace_id"),
                row.getString("recipient"),
                NotificationKind.valueOf(row.getString("kind")),
                row.getUUID("milestone_id"),
                row.getString("milestone_name"),
                row.getUUID("campaign_id"),
                row.getString("campaign_name"),
                row.getLocalDate("due_on"),
                row.getOffsetDateTime("raised_at").withOffsetSameInstant(ZoneOffset.UTC),
                readAt == null ? null : readAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
