package app.resonance.alert;

import app.resonance.balance.CellKey;
import app.resonance.balance.Urgency;
import app.resonance.common.livefeed.ItemRange;
import app.resonance.common.livefeed.LiveItem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class AlertRepository {

    /** Advisory lock keys: one evaluation per workspace at a time; alert ids in commit order. */
    private static final int EVALUATION_LOCKS = 4201;

    private static final int ALERT_ID_LOCK = 4202;

    /** What {@link #store} notifies after its commit. */
    static final String CHANNEL = "alert";

    private static final String COLUMNS = "id, workspace_id, segment_id, channel_id, old_urgency, new_urgency, gap,"
            + " publication_id, raised_at, state, assignee, acknowledged_by, acknowledged_at, resolved_by, resolved_at,"
            + " resolution, auto_resolved";

    /** The resolution of an alert the app closed because its cell recovered; clients word it from autoResolved. */
    static final String RECOVERED = "Recovered on its own: the cell's urgency fell to NONE.";

    record DirtyCell(UUID segmentId, UUID channelId, UUID publicationId) {}

    record Change(CellKey cell, Urgency oldUrgency, Urgency newUrgency, double gap, UUID publicationId) {}

    private final Pool api;

    AlertRepository(Pool api) {
        this.api = api;
    }

    // --- The evaluator's statements, inside its transaction --------------------------------------

    Uni<Void> lockWorkspace(SqlClient tx, UUID workspaceId) {
        return tx.preparedQuery("select pg_advisory_xact_lock($1, hashtext($2::text))")
                .execute(Tuple.of(EVALUATION_LOCKS, workspaceId.toString()))
                .replaceWithVoid();
    }

    Uni<List<DirtyCell>> claimDirty(SqlClient tx, UUID workspaceId) {
        return tx.preparedQuery("delete from balance_dirty where workspace_id = $1"
                        + " returning segment_id, channel_id, publication_id")
                .execute(Tuple.of(workspaceId))
                .map(rows -> {
                    List<DirtyCell> cells = new ArrayList<>();
                    rows.forEach(row -> cells.add(new DirtyCell(
                            row.getUUID("segment_id"), row.getUUID("channel_id"), row.getUUID("publication_id"))));
                    return cells;
                });
    }

    Uni<Map<CellKey, Urgency>> states(SqlClient tx, UUID workspaceId) {
        return tx.preparedQuery(
                        "select segment_id, channel_id, urgency from balance_cell_state where workspace_id = $1")
                .execute(Tuple.of(workspaceId))
                .map(rows -> {
                    Map<CellKey, Urgency> states = new HashMap<>();
                    rows.forEach(row -> states.put(
                            new CellKey(row.getUUID("segment_id"), row.getUUID("channel_id")),
                            Urgency.valueOf(row.getString("urgency"))));
                    return states;
                });
    }

    /**
     * Stores the alerts and the cells' new urgencies, and announces them for after the commit. With
     * {@code closeRecovered}, a cell that fell to NONE closes its alerts still open or acknowledged, and its own
     * new alert is stored closed: nobody has to decide anything about a cell that recovered on its own.
     */
    Uni<Void> store(SqlClient tx, UUID workspaceId, List<Change> changes, boolean closeRecovered) {
        UUID[] segments = changes.stream().map(c -> c.cell().segmentId()).toArray(UUID[]::new);
        UUID[] channels = changes.stream().map(c -> c.cell().channelId()).toArray(UUID[]::new);
        String[] newUrgencies = changes.stream().map(c -> c.newUrgency().name()).toArray(String[]::new);
        Double[] gaps = changes.stream().map(Change::gap).toArray(Double[]::new);
        Tuple alerts = Tuple.of(workspaceId)
                .addArrayOfUUID(segments)
                .addArrayOfUUID(channels)
                .addArrayOfString(
                        changes.stream().map(c -> c.oldUrgency().name()).toArray(String[]::new))
                .addArrayOfString(newUrgencies)
                .addArrayOfDouble(gaps)
                .addArrayOfUUID(changes.stream().map(Change::publicationId).toArray(UUID[]::new));
        List<Change> recovered = closeRecovered
                ? changes.stream().filter(c -> c.newUrgency() == Urgency.NONE).toList()
                : List.of();
        alerts.addBoolean(closeRecovered).addString(RECOVERED);
        return tx.preparedQuery("select pg_advisory_xact_lock($1)")
                .execute(Tuple.of(ALERT_ID_LOCK))
                .chain(() -> recovered.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : tx.preparedQuery("""
                                        update alert a set state = 'RESOLVED', resolved_at = clock_timestamp(),
                                                           resolution = $4, auto_resolved = true
                                        from unnest($2::uuid[], $3::uuid[]) as c(segment_id, channel_id)
                                        where a.workspace_id = $1 and a.state <> 'RESOLVED'
                                          and (a.segment_id, a.channel_id) = (c.segment_id, c.channel_id)
                                        """)
                                .execute(Tuple.of(workspaceId)
                                        .addArrayOfUUID(recovered.stream()
                                                .map(c -> c.cell().segmentId())
                                                .toArray(UUID[]::new))
                                        .addArrayOfUUID(recovered.stream()
                                                .map(c -> c.cell().channelId())
                                                .toArray(UUID[]::new))
                                        .addString(RECOVERED))
                                .replaceWithVoid())
                .chain(() -> tx.preparedQuery("""
                        insert into alert (workspace_id, segment_id, channel_id, old_urgency, new_urgency, gap,
                                           publication_id, raised_at, state, resolved_at, resolution, auto_resolved)
                        select $1, c.segment_id, c.channel_id, c.old_urgency, c.new_urgency, c.gap,
                               -- A deletion queues the publication it removed: an alert cannot point at it.
                               (select p.id from publication p where p.id = c.publication_id), clock_timestamp(),
                               case when closed then 'RESOLVED' else 'OPEN' end,
                               case when closed then clock_timestamp() end, case when closed then $9 end, closed
                        from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::float8[], $7::uuid[])
                             as c(segment_id, channel_id, old_urgency, new_urgency, gap, publication_id),
                             lateral (select $8 and c.new_urgency = 'NONE' as closed) as recovery
                        """).execute(alerts))
                .chain(() -> tx.preparedQuery("""
                        with change as (
                            select * from unnest($2::uuid[], $3::uuid[], $4::text[], $5::float8[])
                                          as c(segment_id, channel_id, urgency, gap)),
                        calm as (
                            delete from balance_cell_state s using change c
                            where s.workspace_id = $1 and (s.segment_id, s.channel_id) = (c.segment_id, c.channel_id)
                              and c.urgency = 'NONE')
                        insert into balance_cell_state (workspace_id, segment_id, channel_id, urgency, gap)
                        select $1, segment_id, channel_id, urgency, gap from change where urgency <> 'NONE'
                        on conflict (workspace_id, segment_id, channel_id) do update
                            set urgency = excluded.urgency, gap = excluded.gap
                        """)
                        .execute(Tuple.of(workspaceId)
                                .addArrayOfUUID(segments)
                                .addArrayOfUUID(channels)
                                .addArrayOfString(newUrgencies)
                                .addArrayOfDouble(gaps)))
                .chain(() ->
                        tx.preparedQuery("select pg_notify($1, $2)").execute(Tuple.of(CHANNEL, workspaceId.toString())))
                .replaceWithVoid();
    }

    Uni<List<UUID>> dirtyWorkspaces(SqlClient client) {
        return client.query("select distinct workspace_id from balance_dirty")
                .execute()
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("workspace_id")));
                    return ids;
                });
    }

    // --- The live feed ----------------------------------------------------------------------------

    Uni<Long> lastId(SqlClient client) {
        return client.query("select coalesce(max(id), 0) as id from alert")
                .execute()
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    /**
     * Alerts in the range, oldest first, with the current members of their workspaces: the feed hands an
     * alert only to those, so that someone removed from a workspace stops receiving its alerts at once,
     * whichever instance they are on. One round trip: this is on the way of every live alert.
     */
    Uni<List<LiveItem<AlertView>>> read(SqlClient client, ItemRange range) {
        String members = ", array(select m.username from workspace_member m"
                + " where m.workspace_id = alert.workspace_id) as members from alert where id > $1 and id <= $2";
        Tuple arguments = Tuple.of(range.after(), range.upTo(), range.limit());
        String workspaces = "";
        if (range.workspaceIds() != null) {
            arguments.addArrayOfUUID(range.workspaceIds().toArray(UUID[]::new));
            workspaces = " and workspace_id = any($4)";
        }
        return client.preparedQuery("select " + COLUMNS + members + workspaces + " order by id limit $3")
                .execute(arguments)
                .map(rows -> {
                    List<LiveItem<AlertView>> alerts = new ArrayList<>(rows.size());
                    Map<UUID, Set<String>> membersOf = new HashMap<>();
                    rows.forEach(row -> {
                        AlertView alert = alert(row);
                        alerts.add(new LiveItem<>(
                                alert.id(),
                                alert.workspaceId(),
                                membersOf.computeIfAbsent(
                                        alert.workspaceId(), ws -> Set.of(row.getArrayOfStrings("members"))),
                                alert));
                    });
                    return alerts;
                });
    }

    // --- The API ----------------------------------------------------------------------------------

    Uni<List<AlertView>> page(AlertQuery query, int limit) {
        return api.preparedQuery("select " + COLUMNS + " from alert where " + query.where() + " order by "
                        + query.orderBy() + " limit " + limit)
                .execute(query.arguments())
                .map(AlertRepository::alerts);
    }

    /** The alerts of these ids in the workspace (those of other workspaces or unknown ids are left out). */
    Uni<List<AlertView>> find(UUID workspaceId, long[] ids) {
        return api.preparedQuery("select " + COLUMNS + " from alert where workspace_id = $1 and id = any($2)")
                .execute(Tuple.of(workspaceId).addArrayOfLong(boxed(ids)))
                .map(AlertRepository::alerts);
    }

    Uni<Void> acknowledgeAll(UUID workspaceId, long[] ids, String username) {
        return api.preparedQuery(
                        "update alert set state = 'ACKNOWLEDGED', acknowledged_by = $3, acknowledged_at = now()"
                                + " where workspace_id = $1 and id = any($2) and state = 'OPEN'")
                .execute(Tuple.of(workspaceId).addArrayOfLong(boxed(ids)).addString(username))
                .replaceWithVoid();
    }

    Uni<Void> resolveAll(UUID workspaceId, long[] ids, String username, String comment) {
        return api.preparedQuery("update alert set state = 'RESOLVED', resolved_by = $3, resolved_at = now(),"
                        + " resolution = $4 where workspace_id = $1 and id = any($2) and state <> 'RESOLVED'")
                .execute(Tuple.of(workspaceId)
                        .addArrayOfLong(boxed(ids))
                        .addString(username)
                        .addString(comment))
                .replaceWithVoid();
    }

    private static Long[] boxed(long[] ids) {
        return Arrays.stream(ids).boxed().toArray(Long[]::new);
    }

    Uni<AlertView> find(UUID workspaceId, long id) {
        return api.preparedQuery("select " + COLUMNS + " from alert where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(rows -> rows.size() == 0 ? null : alert(rows.iterator().next()));
    }

    Uni<AlertView> acknowledge(UUID workspaceId, long id, String username) {
        return update(
                "state = 'ACKNOWLEDGED', acknowledged_by = $3, acknowledged_at = now()"
                        + " where workspace_id = $1 and id = $2 and state = 'OPEN'",
                Tuple.of(workspaceId, id, username));
    }

    Uni<AlertView> resolve(UUID workspaceId, long id, String username, String comment) {
        return update(
                "state = 'RESOLVED', resolved_by = $3, resolved_at = now(), resolution = $4"
                        + " where workspace_id = $1 and id = $2 and state <> 'RESOLVED'",
                Tuple.of(workspaceId, id, username, comment));
    }

    Uni<AlertView> assign(UUID workspaceId, long id, String assignee) {
        return update("assignee = $3 where workspace_id = $1 and id = $2", Tuple.of(workspaceId, id, assignee));
    }

    private Uni<AlertView> update(String setAndWhere, Tuple arguments) {
        return api.preparedQuery("update alert set " + setAndWhere + " returning " + COLUMNS)
                .execute(arguments)
                .map(rows -> rows.size() == 0 ? null : alert(rows.iterator().next()));
    }

    private static List<AlertView> alerts(RowSet<Row> rows) {
        List<AlertView> alerts = new ArrayList<>(rows.size());
        rows.forEach(row -> alerts.add(alert(row)));
        return alerts;
    }

    private static AlertView alert(Row row) {
        return new AlertView(
                row.getLong("id"),
                row.getUUID("workspace_id"),
                row.getUUID("segment_id"),
                row.getUUID("channel_id"),
                Urgency.valueOf(row.getString("old_urgency")),
                Urgency.valueOf(row.getString("new_urgency")),
                row.getDouble("gap"),
                row.getUUID("publication_id"),
                row.getOffsetDateTime("raised_at"),
                AlertState.valueOf(row.getString("state")),
                row.getString("assignee"),
                row.getString("acknowledged_by"),
                row.getOffsetDateTime("acknowledged_at"),
                row.getString("resolved_by"),
                row.getOffsetDateTime("resolved_at"),
                row.getString("resolution"),
                row.getBoolean("auto_resolved"));
    }
}
