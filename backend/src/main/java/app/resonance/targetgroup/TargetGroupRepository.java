package app.resonance.targetgroup;

import app.resonance.targetgroup.RuleContext.Analytic;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Target groups, their versions, references and manual members, all through the reactive SQL client (a
 * group, its first version and its references are written in one transaction), and the statements a
 * compiled rule ({@link RuleSql}) runs in.
 */
@ApplicationScoped
public class TargetGroupRepository {

    /** pg_advisory_xact_lock(class, workspace): rule changes of a workspace take turns, so no two make a cycle. */
    private static final int RULE_CHANGE_LOCKS = 4301;

    private static final String GROUPS = "select g.id, g.workspace_id, g.name, g.description, g.created_at,"
            + " g.created_by, v.version, v.rule::text as rule, v.time_zone, v.created_at as changed_at,"
            + " v.created_by as changed_by from target_group g"
            + " join lateral (select * from target_group_version v where v.target_group_id = g.id"
            + " order by v.version desc limit 1) v on true where g.workspace_id = $1";

    private static final String MEMBER_COLUMNS = "select c.id, c.first_name, c.last_name, c.email,"
            + " (select cc.name from company cc where cc.id = c.company_id) as company_name, ";

    private final Pool pool;

    TargetGroupRepository(Pool pool) {
        this.pool = pool;
    }

    /** A group's current version and a change's transaction, as one unit of work. */
    <T> Uni<T> inTransaction(Function<SqlClient, Uni<T>> work) {
        return pool.withTransaction(work::apply);
    }

    SqlClient reads() {
        return pool;
    }

    Uni<List<TargetGroupRow>> list(UUID workspaceId) {
        return pool.preparedQuery(GROUPS + " order by lower(g.name), g.id")
                .execute(Tuple.of(workspaceId))
                .map(rows -> rows.stream().map(TargetGroupRepository::group).toList());
    }

    Uni<TargetGroupRow> find(SqlClient client, UUID workspaceId, UUID id) {
        return client.preparedQuery(GROUPS + " and g.id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(rows -> rows.size() == 0 ? null : group(rows.iterator().next()));
    }

    /** Locks the group's row until the transaction ends; false when the workspace has no such group. */
    Uni<Boolean> lock(SqlClient tx, UUID workspaceId, UUID id) {
        return tx.preparedQuery("select 1 from target_group where workspace_id = $1 and id = $2 for update")
                .execute(Tuple.of(workspaceId, id))
                .map(rows -> rows.size() > 0);
    }

    Uni<Void> lockRuleChanges(SqlClient tx, UUID workspaceId) {
        return tx.preparedQuery("select pg_advisory_xact_lock($1, hashtext($2::text))")
                .execute(Tuple.of(RULE_CHANGE_LOCKS, workspaceId.toString()))
                .replaceWithVoid();
    }

    Uni<Boolean> nameTaken(SqlClient client, UUID workspaceId, String name, UUID except) {
        return client.preparedQuery("select 1 from target_group where workspace_id = $1 and lower(name) = lower($2)"
                        + " and id is distinct from $3")
                .execute(Tuple.of(workspaceId, name, except))
                .map(rows -> rows.size() > 0);
    }

    Uni<Void> insert(
            SqlClient tx, UUID workspaceId, UUID id, String name, String description, OffsetDateTime at, String by) {
        return tx.preparedQuery("insert into target_group (id, workspace_id, name, description, created_at, created_by)"
                        + " values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.from(List.of(id, workspaceId, name, description, at, by)))
                .replaceWithVoid();
    }

    Uni<Boolean> rename(SqlClient tx, UUID workspaceId, UUID id, String name, String description) {
        return tx.preparedQuery(
                        "update target_group set name = $3, description = $4 where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, id, name, description))
                .map(result -> result.rowCount() > 0);
    }

    /** Adds the next version of the group's rule and makes its references those of the new rule. */
    Uni<Void> addVersion(
            SqlClient tx,
            UUID workspaceId,
            UUID id,
            String rule,
            String timeZone,
            Collection<UUID> references,
            OffsetDateTime at,
            String by) {
        return tx.preparedQuery("insert into target_group_version"
                        + " (workspace_id, target_group_id, version, rule, time_zone, created_at, created_by)"
                        + " select $1, $2, coalesce(max(version), 0) + 1, $3::text::jsonb, $4, $5, $6"
                        + " from target_group_version where target_group_id = $2")
                .execute(Tuple.from(List.of(workspaceId, id, rule, timeZone, at, by)))
                .chain(() -> tx.preparedQuery("delete from target_group_reference where target_group_id = $1")
                        .execute(Tuple.of(id)))
                .chain(() -> tx.preparedQuery("insert into target_group_reference"
                                + " (workspace_id, target_group_id, referenced_group_id)"
                                + " select $1, $2, unnest($3::uuid[])")
                        .execute(Tuple.of(workspaceId, id, references.toArray(UUID[]::new))))
                .replaceWithVoid();
    }

    Uni<Boolean> delete(SqlClient tx, UUID workspaceId, UUID id) {
        return tx.preparedQuery("delete from target_group where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(result -> result.rowCount() > 0);
    }

    Uni<List<TargetGroupVersionRow>> versions(UUID workspaceId, Collection<UUID> groupIds) {
        return pool.preparedQuery("select target_group_id, version, rule::text as rule, time_zone, created_at,"
                        + " created_by from target_group_version where workspace_id = $1 and target_group_id = any($2)"
                        + " order by target_group_id, version desc")
                .execute(Tuple.of(workspaceId, groupIds.toArray(UUID[]::new)))
                .map(rows -> rows.stream()
                        .map(row -> new TargetGroupVersionRow(
                                row.getUUID("target_group_id"),
                                row.getInteger("version"),
                                row.getString("rule"),
                                row.getString("time_zone"),
                                utc(row, "created_at"),
                                row.getString("created_by")))
                        .toList());
    }

    /** The current rules (stored JSON) and time zones of these groups of the workspace, by group. */
    Uni<Map<UUID, TargetGroupVersionRow>> currentRules(SqlClient client, UUID workspaceId, Collection<UUID> ids) {
        return client.preparedQuery(
                        "select distinct on (target_group_id) target_group_id, version, rule::text as rule,"
                                + " time_zone, created_at, created_by from target_group_version"
                                + " where workspace_id = $1 and target_group_id = any($2) order by target_group_id, version desc")
                .execute(Tuple.of(workspaceId, ids.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, TargetGroupVersionRow> found = new HashMap<>();
                    rows.forEach(row -> found.put(
                            row.getUUID("target_group_id"),
                            new TargetGroupVersionRow(
                                    row.getUUID("target_group_id"),
                                    row.getInteger("version"),
                                    row.getString("rule"),
                                    row.getString("time_zone"),
                                    utc(row, "created_at"),
                                    row.getString("created_by"))));
                    return found;
                });
    }

    Uni<Map<UUID, Analytic>> analytics(SqlClient client, UUID workspaceId, Collection<UUID> ids) {
        return client.preparedQuery("select id, applies_to, type, options from analytic where workspace_id = $1"
                        + " and id = any($2)")
                .execute(Tuple.of(workspaceId, ids.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, Analytic> found = new HashMap<>();
                    rows.forEach(row -> found.put(
                            row.getUUID("id"),
                            new Analytic(
                                    row.getString("applies_to"),
                                    row.getString("type"),
                                    Arrays.asList(row.getArrayOfStrings("options")))));
                    return found;
                });
    }

    /** The ids among these that are contacts of the workspace. */
    Uni<List<UUID>> contacts(SqlClient client, UUID workspaceId, Collection<UUID> ids) {
        return client.preparedQuery("select id from contact where workspace_id = $1 and id = any($2)")
                .execute(Tuple.of(workspaceId, ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(row -> row.getUUID("id")).toList());
    }

    /** Includes or excludes the contacts by hand; a contact is one or the other, the last word counts. */
    Uni<Void> setManual(
            SqlClient tx,
            UUID workspaceId,
            UUID groupId,
            Collection<UUID> contactIds,
            String kind,
            OffsetDateTime at,
            String by) {
        return tx.preparedQuery("insert into target_group_manual"
                        + " (workspace_id, target_group_id, contact_id, kind, added_at, added_by)"
                        + " select $1, $2, unnest($3::uuid[]), $4, $5, $6 on conflict (target_group_id, contact_id)"
                        + " do update set kind = excluded.kind, added_at = excluded.added_at, added_by = excluded.added_by"
                        + " where target_group_manual.kind <> excluded.kind")
                .execute(Tuple.from(List.of(workspaceId, groupId, contactIds.toArray(UUID[]::new), kind, at, by)))
                .replaceWithVoid();
    }

    Uni<Void> clearManual(SqlClient tx, UUID workspaceId, UUID groupId, Collection<UUID> contactIds) {
        return tx.preparedQuery("delete from target_group_manual where workspace_id = $1 and target_group_id = $2"
                        + " and contact_id = any($3)")
                .execute(Tuple.of(workspaceId, groupId, contactIds.toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    /** How many contacts the compiled rule selects, within the statement timeout. */
    Uni<Integer> count(RuleSql sql, Duration timeout) {
        return timed(
                        "select count(*) from contact c where c.workspace_id = $1 and " + sql.where(),
                        sql.params(),
                        timeout)
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    /** The members after the contact id {@code after} (null: from the start), by id, at most {@code limit}. */
    Uni<List<TargetGroupMember>> members(RuleSql sql, UUID after, int limit, Duration timeout) {
        Tuple params = sql.params();
        String keyset = "";
        if (after != null) {
            params.addValue(after);
            keyset = " and c.id > $" + params.size();
        }
        params.addValue(limit);
        String statement =
                MEMBER_COLUMNS + sql.included() + " as included from contact c where c.workspace_id = $1 and "
                        + sql.where() + keyset + " order by c.id limit $" + params.size();
        return timed(statement, params, timeout)
                .map(rows -> rows.stream()
                        .map(row -> new TargetGroupMember(
                                row.getUUID("id"),
                                row.getString("first_name"),
                                row.getString("last_name"),
                                row.getString("email"),
                                row.getString("company_name"),
                                row.getBoolean("included")))
                        .toList());
    }

    /** Runs a compiled rule's statement with its own statement timeout (the pool's default is longer). */
    private Uni<RowSet<Row>> timed(String statement, Tuple params, Duration timeout) {
        return pool.withTransaction(tx -> tx.preparedQuery("select set_config('statement_timeout', $1, true)")
                .execute(Tuple.of(timeout.toMillis() + "ms"))
                .chain(() -> tx.preparedQuery(statement).execute(params)));
    }

    private static TargetGroupRow group(Row row) {
        return new TargetGroupRow(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getString("name"),
                row.getString("description"),
                utc(row, "created_at"),
                row.getString("created_by"),
                row.getInteger("version"),
                row.getString("rule"),
                row.getString("time_zone"),
                utc(row, "changed_at"),
                row.getString("changed_by"));
    }

    private static OffsetDateTime utc(Row row, String column) {
        return row.getOffsetDateTime(column).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
