package app.resonance.analytic;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The values of analytics per record, and the statements that change an analytic and its values together. */
@ApplicationScoped
public class AnalyticValueRepository {

    /** A value in the column its analytic's type fills; the others null. */
    record StoredValue(String text, BigDecimal number, LocalDate date, Boolean booleanValue) {}

    private final Pool pool;

    AnalyticValueRepository(Pool pool) {
        this.pool = pool;
    }

    /** How many records hold a value of the analytic. */
    Uni<Long> count(UUID analyticId) {
        return pool.preparedQuery("select count(*) from analytic_value where analytic_id = $1")
                .execute(Tuple.of(analyticId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** How many records hold each of these texts (options) as their value; texts no record holds are left out. */
    Uni<Map<String, Long>> countHolding(UUID analyticId, Collection<String> texts) {
        return pool.preparedQuery("select value_text, count(*) from analytic_value where analytic_id = $1"
                        + " and value_text = any($2) group by value_text order by value_text")
                .execute(Tuple.of(analyticId, texts.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    rows.forEach(row -> counts.put(row.getString(0), row.getLong(1)));
                    return counts;
                });
    }

    /**
     * Sets the record's value of the analytic (of the analytic's records), replacing the one it had. A record
     * not of the workspace breaks the value's foreign key to it.
     */
    Uni<AnalyticValueView> upsert(UUID workspaceId, AnalyticView analytic, UUID recordId, StoredValue value) {
        String column = analytic.appliesTo().valueColumn;
        return pool.preparedQuery("insert into analytic_value (workspace_id, analytic_id, " + column
                        + ", value_text, value_number, value_date, value_boolean) values ($1, $2, $3, $4, $5, $6, $7)"
                        + " on conflict (" + column + ", analytic_id) where " + column + " is not null do update set"
                        + " value_text = excluded.value_text, value_number = excluded.value_number,"
                        + " value_date = excluded.value_date, value_boolean = excluded.value_boolean")
                .execute(Tuple.from(Arrays.asList(
                        workspaceId,
                        analytic.id(),
                        recordId,
                        value.text(),
                        value.number() == null ? null : Numeric.create(value.number()),
                        value.date(),
                        value.booleanValue())))
                .map(done -> new AnalyticValueView(
                        analytic, recordId, value.text(), value.number(), value.date(), value.booleanValue()));
    }

    /** Removes the record's value of the analytic; false when it had none. */
    Uni<Boolean> clear(UUID workspaceId, UUID analyticId, UUID recordId) {
        return pool.preparedQuery("delete from analytic_value where workspace_id = $1 and analytic_id = $2"
                        + " and (company_id = $3 or contact_id = $3)")
                .execute(Tuple.of(workspaceId, analyticId, recordId))
                .map(result -> result.rowCount() > 0);
    }

    /** The values of these records (companies or contacts) with their analytics, by record, each by analytic name. */
    Uni<Map<UUID, List<AnalyticValueView>>> valuesOf(UUID workspaceId, Collection<UUID> recordIds) {
        return pool.preparedQuery("select coalesce(v.company_id, v.contact_id) as record_id, v.value_text,"
                        + " v.value_number, v.value_date, v.value_boolean, " + AnalyticRepository.COLUMNS
                        + " from analytic_value v join analytic a on a.id = v.analytic_id where v.workspace_id = $1"
                        + " and (v.company_id = any($2) or v.contact_id = any($2)) order by lower(a.name), a.id")
                .execute(Tuple.of(workspaceId, recordIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<AnalyticValueView>> byRecord = new HashMap<>();
                    for (Row row : rows) {
                        UUID recordId = row.getUUID("record_id");
                        byRecord.computeIfAbsent(recordId, id -> new ArrayList<>())
                                .add(new AnalyticValueView(
                                        AnalyticRepository.view(row),
                                        recordId,
                                        row.getString("value_text"),
                                        row.getBigDecimal("value_number"),
                                        row.getLocalDate("value_date"),
                                        row.getBoolean("value_boolean")));
                    }
                    return byRecord;
                });
    }

    /**
     * Renames an enumeration's option and every value that holds it, in one transaction with the analytic
     * locked; {@code renamed} answers the new options of the analytic as it stands (or throws). Null when the
     * workspace has no such analytic.
     */
    Uni<AnalyticView> renameOption(
            UUID workspaceId, UUID analyticId, String from, String to, Function<AnalyticView, List<String>> renamed) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("select " + AnalyticRepository.COLUMNS
                        + " from analytic a where a.workspace_id = $1 and a.id = $2 for update")
                .execute(Tuple.of(workspaceId, analyticId))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    AnalyticView analytic =
                            AnalyticRepository.view(rows.iterator().next());
                    List<String> options = renamed.apply(analytic);
                    return connection
                            .preparedQuery("update analytic set options = $2 where id = $1")
                            .execute(Tuple.of(analyticId, options.toArray(String[]::new)))
                            .chain(() -> connection
                                    .preparedQuery("update analytic_value set value_text = $3"
                                            + " where analytic_id = $1 and value_text = $2")
                                    .execute(Tuple.of(analyticId, from, to)))
                            .map(done -> new AnalyticView(
                                    analytic.id(),
                                    analytic.appliesTo(),
                                    analytic.name(),
                                    analytic.type(),
                                    options,
                                    analytic.description(),
                                    analytic.key()));
                }));
    }
}
