package app.resonance.targetgroup;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The daily membership records of target groups: the diff against the last record, and its reads. */
@ApplicationScoped
public class TargetGroupHistoryRepository {

    /** pg_advisory_xact_lock(class, group): the daily job and an on-demand record of one group take turns. */
    private static final int RECORD_LOCKS = 4302;

    private static final String DAY_COLUMNS = "target_group_id, day, size, joined, left_count, recorded_at";

    private final Pool pool;

    TargetGroupHistoryRepository(Pool pool) {
        this.pool = pool;
    }

    /** The workspaces that have target groups. */
    Uni<List<UUID>> workspaces() {
        return pool.query("select distinct workspace_id from target_group")
                .execute()
                .map(rows -> rows.stream().map(row -> row.getUUID(0)).toList());
    }

    /**
     * Records the day of one group in one statement: the members now (the compiled rule), the diff against the
     * members of the last record (target_group_member, updated to now), the changes and the day's counts.
     * Runs with its own statement timeout: at a million contacts a group takes seconds.
     */
    Uni<TargetGroupDay> record(RuleSql sql, UUID groupId, LocalDate day, OffsetDateTime at, Duration timeout) {
        Tuple params = sql.params();
        String group = param(params, groupId) + "::uuid";
        String date = param(params, day) + "::date";
        String recordedAt = param(params, at);
        String statement = "with cur as materialized (select c.id from contact c where c.workspace_id = $1 and "
                + sql.where() + "), gone as (delete from target_group_member m where m.target_group_id = " + group
                + " and not exists (select 1 from cur where cur.id = m.contact_id) returning m.contact_id),"
                + " came as (insert into target_group_member (workspace_id, target_group_id, contact_id)"
                + " select $1, " + group + ", cur.id from cur where not exists (select 1 from target_group_member m"
                + " where m.target_group_id = " + group + " and m.contact_id = cur.id) returning contact_id),"
                + " changed as (insert into target_group_change (workspace_id, target_group_id, kind, day, contact_id)"
                + " select $1, " + group + ", 'JOINED', " + date + ", contact_id from came"
                + " union all select $1, " + group + ", 'LEFT', " + date + ", gone.contact_id from gone"
                + " where exists (select 1 from contact c where c.id = gone.contact_id) on conflict do nothing)"
                + " insert into target_group_day (workspace_id, " + DAY_COLUMNS + ")"
                + " select $1, " + group + ", " + date + ", (select count(*) from cur), (select count(*) from came),"
                + " (select count(*) from gone), " + recordedAt
                + " on conflict (target_group_id, day) do update set size = excluded.size,"
                + " joined = target_group_day.joined + excluded.joined,"
                + " left_count = target_group_day.left_count + excluded.left_count, recorded_at = excluded.recorded_at"
                + " returning " + DAY_COLUMNS;
        return pool.withTransaction(tx -> tx.preparedQuery("select set_config('statement_timeout', $1, true),"
                                // One big diff: JIT compiling costs seconds here and saves less.
                                + " set_config('jit', 'off', true), set_config('work_mem', '256MB', true),"
                                + " pg_advisory_xact_lock($2, hashtext($3))")
                        .execute(Tuple.of(timeout.toMillis() + "ms", RECORD_LOCKS, groupId.toString()))
                        .chain(() -> tx.preparedQuery(statement).execute(params)))
                .map(rows -> day(rows.iterator().next()));
    }

    /**
     * Fresh planner statistics of the members as recorded. Without them the next record plans its diff as if
     * the table were as small as before the last record: on the 1M benchmark a group of 27,401 members took
     * 100 s (a nested loop over the members) instead of 6 s (a hash anti-join) until autovacuum came by.
     */
    Uni<Void> analyze() {
        return pool.query("analyze target_group_member").execute().replaceWithVoid();
    }

    /** The group's records from {@code from} to {@code to}, oldest first. */
    Uni<List<TargetGroupDay>> days(UUID workspaceId, UUID groupId, LocalDate from, LocalDate to) {
        return pool.preparedQuery("select " + DAY_COLUMNS + " from target_group_day where workspace_id = $1"
                        + " and target_group_id = $2 and day between $3 and $4 order by day")
                .execute(Tuple.of(workspaceId, groupId, from, to))
                .map(rows ->
                        rows.stream().map(TargetGroupHistoryRepository::day).toList());
    }

    /** The group's changes of the kind from {@code since} on, after the cursor's (day, contact), in that order. */
    Uni<List<TargetGroupChange>> changes(
            UUID workspaceId,
            UUID groupId,
            TargetGroupChangeKind kind,
            LocalDate since,
            LocalDate afterDay,
            UUID afterContact,
            int limit) {
        return pool.preparedQuery("select ch.day, ch.contact_id, c.first_name, c.last_name, c.email,"
                        + " (select cc.name from company cc where cc.id = c.company_id) as company_name"
                        + " from target_group_change ch join contact c on c.id = ch.contact_id"
                        + " where ch.workspace_id = $1 and ch.target_group_id = $2 and ch.kind = $3 and ch.day >= $4"
                        + " and ($5::date is null or (ch.day, ch.contact_id) > ($5::date, $6::uuid))"
                        + " order by ch.day, ch.contact_id limit $7")
                .execute(Tuple.from(
                        Arrays.asList(workspaceId, groupId, kind.name(), since, afterDay, afterContact, limit)))
                .map(rows -> rows.stream()
                        .map(row -> new TargetGroupChange(
                                row.getLocalDate("day"),
                                kind,
                                row.getUUID("contact_id"),
                                row.getString("first_name"),
                                row.getString("last_name"),
                                row.getString("email"),
                                row.getString("company_name")))
                        .toList());
    }

    private static String param(Tuple params, Object value) {
        params.addValue(value);
        return "$" + params.size();
    }

    private static TargetGroupDay day(Row row) {
        return new TargetGroupDay(
                row.getUUID("target_group_id"),
                row.getLocalDate("day"),
                row.getInteger("size"),
                row.getInteger("joined"),
                row.getInteger("left_count"),
                row.getOffsetDateTime("recorded_at").withOffsetSameInstant(ZoneOffset.UTC));
    }
}
