package app.resonance.workload;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WorkloadRepository {

    /** A member's weekly capacity when none is set. */
    static final double DEFAULT_WEEKLY_HOURS = 40;

    /** A member's capacity and planned hours per week, in week order. */
    record MemberHours(String username, double capacity, List<Double> hours) {}

    /**
     * One round trip: each task's hours spread evenly over the days from its start (its due date when it has
     * none) to its due date, over the weeks it touches (numbered from the first Monday, a lateral
     * generate_series per task: a task meets only its own weeks), summed per assignee and week; then one row
     * per member with the sums of every week (generate_series over the weeks) in week order. Tasks of cancelled
     * campaigns do not count.
     */
    private static final String WORKLOAD = """
            with spans as (
                select t.assignee, t.estimated_hours::float8 as hours,
                       coalesce(t.starts_on, t.due_on) as first_day, t.due_on as last_day
                from task t join campaign c on c.workspace_id = t.workspace_id and c.id = t.campaign_id
                where t.workspace_id = $1 and t.assignee is not null and t.due_on >= $2::date
                  and coalesce(t.starts_on, t.due_on) < $2 + 7 * $3
                  and c.status <> 'CANCELLED' and ($4::text is null or c.business_line = $4)),
            planned as (
                select s.assignee, w.i,
                       sum(s.hours * (least(s.last_day, $2 + 7 * w.i + 6) - greatest(s.first_day, $2 + 7 * w.i) + 1)
                           / (s.last_day - s.first_day + 1)) as hours
                from spans s cross join lateral generate_series(
                    greatest(s.first_day - $2, 0) / 7, least(s.last_day - $2, 7 * $3 - 1) / 7) as w (i)
                group by s.assignee, w.i)
            select m.username, coalesce(mc.weekly_hours::float8, $5) as capacity,
                   array_agg(coalesce(p.hours, 0) order by w.i) as hours
            from workspace_member m
            left join member_capacity mc on mc.workspace_id = m.workspace_id and mc.username = m.username
            cross join generate_series(0, $3 - 1) as w (i)
            left join planned p on p.assignee = m.username and p.i = w.i
            where m.workspace_id = $1
            group by m.username, mc.weekly_hours
            order by m.username""";

    private final Pool pool;

    WorkloadRepository(Pool pool) {
        this.pool = pool;
    }

    /** Every member's hours in the weeks from the Monday {@code firstWeek}; only campaigns of the business line when given. */
    Uni<List<MemberHours>> workload(UUID workspaceId, LocalDate firstWeek, int weeks, String businessLine) {
        return pool.preparedQuery(WORKLOAD)
                .execute(Tuple.of(workspaceId, firstWeek, weeks, businessLine, DEFAULT_WEEKLY_HOURS))
                .map(rows -> {
                    List<MemberHours> members = new ArrayList<>(rows.size());
                    rows.forEach(row -> members.add(new MemberHours(
                            row.getString("username"),
                            row.getDouble("capacity"),
                            List.of(row.getArrayOfDoubles("hours")))));
                    return members;
                });
    }

    /** Sets the member's weekly hours (a username that is no member breaks member_capacity's foreign key). */
    Uni<Void> setCapacity(SqlClient tx, UUID workspaceId, String username, double hours) {
        return tx.preparedQuery(
                        "insert into member_capacity (workspace_id, username, weekly_hours) values ($1, $2, $3::float8)"
                                + " on conflict (workspace_id, username) do update set weekly_hours = excluded.weekly_hours")
                .execute(Tuple.of(workspaceId, username, hours))
                .replaceWithVoid();
    }
}
