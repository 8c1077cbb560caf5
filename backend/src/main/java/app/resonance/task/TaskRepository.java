package app.resonance.task;

import app.resonance.common.persistence.SqlConditions;
import app.resonance.common.persistence.TenantRows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Tasks through the reactive SQL client (alias {@code t}); writes run on the caller's transaction. */
@ApplicationScoped
public class TaskRepository {

    private final Pool pool;
    private final TenantRows<TaskRow> rows;

    TaskRepository(Pool pool) {
        this.pool = pool;
        this.rows = new TenantRows<>(pool, TaskRow.TABLE, "t", TaskRow::from, TaskRow::id);
    }

    TenantRows<TaskRow> rows() {
        return rows;
    }

    /** The tasks the conditions (over alias {@code t}) select, by due date; at most {@code limit}. */
    Uni<List<TaskRow>> list(SqlConditions query, int limit) {
        return pool.preparedQuery("select " + TaskRow.TABLE.listAs("t") + " from task t where " + query.where()
                        + " order by t.due_on, lower(t.title), t.id limit " + limit)
                .execute(query.params())
                .map(found -> found.stream().map(TaskRow::from).toList());
    }

    /** The member's open tasks in the workspace due by the date, of campaigns still to be done, earliest first. */
    Uni<List<DueTask>> dueFor(UUID workspaceId, String username, LocalDate upTo) {
        return pool.preparedQuery("select t.id, t.workspace_id, t.campaign_id, c.name as campaign_name, t.title,"
                        + " t.due_on, c.event_time_zone from task t"
                        + " join campaign c on c.workspace_id = t.workspace_id and c.id = t.campaign_id"
                        + " where t.workspace_id = $1 and t.assignee = $2 and t.due_on <= $3 and t.state <> 'DONE'"
                        + " and c.status not in ('COMPLETED', 'CANCELLED') order by t.due_on, t.id")
                .execute(Tuple.of(workspaceId, username, upTo))
                .map(found -> found.stream()
                        .map(row -> new DueTask(
                                row.getUUID("id"),
                                row.getUUID("workspace_id"),
                                row.getUUID("campaign_id"),
                                row.getString("campaign_name"),
                                row.getString("title"),
                                row.getLocalDate("due_on"),
                                row.getString("event_time_zone")))
                        .toList());
    }
}
