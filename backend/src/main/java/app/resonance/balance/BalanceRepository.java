package app.resonance.balance;

import app.resonance.channel.ChannelType;
import app.resonance.publication.StatsBucket;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads the balance's inputs and the daily sums (table balance_day, kept by the triggers of
 * V4__media_balance.sql). Methods take the client to run on, so the alert evaluator can read inside
 * its transaction.
 */
@ApplicationScoped
class BalanceRepository {

    private final Pool pool;

    BalanceRepository(Pool pool) {
        this.pool = pool;
    }

    SqlClient pool() {
        return pool;
    }

    Uni<BalanceSettings> settings(SqlClient client, UUID workspaceId) {
        return client.preparedQuery(
                        "select immediate_gap, moderate_gap, secondary_gap, alert_window_days, auto_resolve_recovered"
                                + " from balance_settings"
                                + " where workspace_id = $1")
                .execute(Tuple.of(workspaceId))
                .map(rows -> rows.size() == 0
                        ? BalanceSettings.DEFAULTS
                        : settings(rows.iterator().next()));
    }

    Uni<Void> saveSettings(UUID workspaceId, BalanceSettings settings) {
        return pool.preparedQuery("""
                insert into balance_settings (workspace_id, immediate_gap, moderate_gap, secondary_gap,
                                              alert_window_days, auto_resolve_recovered)
                values ($1, $2, $3, $4, $5, $6)
                on conflict (workspace_id) do update set immediate_gap = excluded.immediate_gap,
                    moderate_gap = excluded.moderate_gap, secondary_gap = excluded.secondary_gap,
                    alert_window_days = excluded.alert_window_days,
                    auto_resolve_recovered = excluded.auto_resolve_recovered
                """)
                .execute(Tuple.of(
                        workspaceId,
                        settings.immediateGap(),
                        settings.moderateGap(),
                        settings.secondaryGap(),
                        settings.alertWindowDays(),
                        settings.autoResolveRecovered()))
                .replaceWithVoid();
    }

    /** Increases with every change of what the workspace's balance reads (balance_version, V4__media_balance.sql); 0 at first. */
    Uni<Long> version(UUID workspaceId) {
        return pool.preparedQuery("select version from balance_version where workspace_id = $1")
                .execute(Tuple.of(workspaceId))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong("version"));
    }

    Uni<BalanceInputs> inputs(SqlClient client, UUID workspaceId) {
        Tuple ws = Tuple.of(workspaceId);
        return Uni.combine()
                .all()
                .unis(
                        settings(client, workspaceId),
                        client.preparedQuery("select id, reaction_weight from segment where workspace_id = $1"
                                        + " order by lower(name), id")
                                .execute(ws),
                        client.preparedQuery(
                                        "select id, type from channel where workspace_id = $1 order by lower(name), id")
                                .execute(ws),
                        client.preparedQuery(
                                        "select segment_id, channel_id, weight from channel_weight where workspace_id = $1")
                                .execute(ws),
                        client.preparedQuery(
                                        "select id, kind from brand where workspace_id = $1 order by lower(name), id")
                                .execute(ws))
                .with((settings, segmentRows, channelRows, weightRows, brandRows) -> {
                    List<BalanceInputs.SegmentAxis> segments = new ArrayList<>();
                    segmentRows.forEach(row -> segments.add(
                            new BalanceInputs.SegmentAxis(row.getUUID("id"), row.getDouble("reaction_weight"))));
                    List<BalanceInputs.ChannelAxis> channels = new ArrayList<>();
                    channelRows.forEach(row -> channels.add(new BalanceInputs.ChannelAxis(
                            row.getUUID("id"), ChannelType.valueOf(row.getString("type")))));
                    Map<CellKey, Double> weights = new HashMap<>();
                    weightRows.forEach(row -> weights.put(
                            new CellKey(row.getUUID("segment_id"), row.getUUID("channel_id")),
                            row.getDouble("weight")));
                    UUID clientBrand = null;
                    List<UUID> competitors = new ArrayList<>();
                    for (Row row : brandRows) {
                        if ("CLIENT".equals(row.getString("kind"))) {
                            clientBrand = row.getUUID("id");
                        } else {
                            competitors.add(row.getUUID("id"));
                        }
                    }
                    return new BalanceInputs(settings, segments, channels, weights, clientBrand, competitors);
                });
    }

    /** Per cell and brand, the sums of the days in [from, to) for the cells in scope. */
    Uni<Map<CellKey, Map<UUID, BrandSums>>> sums(
            SqlClient client, UUID workspaceId, LocalDate from, LocalDate to, CellScope scope) {
        String sql = """
                select segment_id, channel_id, brand_id, sum(publications)::int as publications, sum(impact) as impact,
                       sum(tone) as tone
                from balance_day
                where workspace_id = $1 and day >= $2 and day < $3 %s
                group by segment_id, channel_id, brand_id
                """;
        Tuple arguments = Tuple.of(workspaceId, from, to);
        if (!scope.all()) {
            sql = sql.formatted("and (segment_id = any($4) or (segment_id, channel_id) in "
                    + "(select * from unnest($5::uuid[], $6::uuid[])))");
            arguments
                    .addArrayOfUUID(scope.segments().toArray(UUID[]::new))
                    .addArrayOfUUID(
                            scope.cells().stream().map(CellKey::segmentId).toArray(UUID[]::new))
                    .addArrayOfUUID(
                            scope.cells().stream().map(CellKey::channelId).toArray(UUID[]::new));
        } else {
            sql = sql.formatted("");
        }
        return client.preparedQuery(sql).execute(arguments).map(BalanceRepository::byCellAndBrand);
    }

    /** Per bucket start and brand, the sums of one cell over [from, to). */
    Uni<Map<LocalDate, Map<UUID, BrandSums>>> trend(
            UUID workspaceId, CellKey cell, StatsBucket bucket, LocalDate from, LocalDate to) {
        return pool.preparedQuery("""
                select date_trunc($6, day)::date as bucket, brand_id, sum(publications)::int as publications,
                       sum(impact) as impact, sum(tone) as tone
                from balance_day
                where workspace_id = $1 and segment_id = $2 and channel_id = $3 and day >= $4 and day < $5
                group by 1, 2 order by 1
                """)
                .execute(Tuple.from(List.of(
                        workspaceId,
                        cell.segmentId(),
                        cell.channelId(),
                        from,
                        to,
                        bucket.name().toLowerCase())))
                .map(rows -> {
                    Map<LocalDate, Map<UUID, BrandSums>> byBucket = new TreeMap<>();
                    rows.forEach(row -> byBucket.computeIfAbsent(row.getLocalDate("bucket"), b -> new HashMap<>())
                            .put(row.getUUID("brand_id"), brandSums(row)));
                    return byBucket;
                });
    }

    private static Map<CellKey, Map<UUID, BrandSums>> byCellAndBrand(RowSet<Row> rows) {
        Map<CellKey, Map<UUID, BrandSums>> sums = new HashMap<>();
        rows.forEach(row -> sums.computeIfAbsent(
                        new CellKey(row.getUUID("segment_id"), row.getUUID("channel_id")), cell -> new HashMap<>())
                .put(row.getUUID("brand_id"), brandSums(row)));
        return sums;
    }

    private static BrandSums brandSums(Row row) {
        return new BrandSums(
                row.getUUID("brand_id"),
                row.getInteger("publications"),
                row.getDouble("impact"),
                row.getDouble("tone"));
    }

    private static BalanceSettings settings(Row row) {
        return new BalanceSettings(
                row.getDouble("immediate_gap"),
                row.getDouble("moderate_gap"),
                row.getDouble("secondary_gap"),
                row.getInteger("alert_window_days"),
                row.getBoolean("auto_resolve_recovered"));
    }
}
