package app.resonance.balance;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.PageSize;
import app.resonance.publication.StatsBucket;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/** The media balance of a workspace, computed from the daily sums by {@link MediaBalanceModel}. */
@ApplicationScoped
public class MediaBalanceService {

    /** Longest window a matrix or trend may span. */
    static final int MAX_WINDOW_DAYS = 3 * 366;

    private final WorkspaceAccess access;
    private final BalanceRepository repository;
    private final BalanceCache cache;

    MediaBalanceService(WorkspaceAccess access, BalanceRepository repository, BalanceCache cache) {
        this.access = access;
        this.repository = repository;
        this.cache = cache;
    }

    public Uni<MediaBalance> matrix(String workspaceId, LocalDate from, LocalDate to, BalanceFilter filter) {
        BalanceFilter.View view = (filter == null ? BalanceFilter.NONE : filter).view();
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> repository
                        .version(ws)
                        .chain(version -> inputs(ws, version).chain(inputs -> {
                            Window window = Window.of(from, to, inputs.settings());
                            BalanceCache.Window days = new BalanceCache.Window(ws, window.from, window.to);
                            BalanceCache.View asked = new BalanceCache.View(days, view);
                            MediaBalance cached = cache.matrix(asked, version);
                            return cached != null
                                    ? Uni.createFrom().item(cached)
                                    : windowSums(days, version)
                                            .map(sums -> matrix(ws, window, inputs, view, sums))
                                            .invoke(matrix -> cache.putMatrix(asked, version, matrix));
                        })));
    }

    /** The inputs read at this version, from the cache when nothing changed since. */
    private Uni<BalanceInputs> inputs(UUID ws, long version) {
        BalanceInputs cached = cache.inputs(ws, version);
        return cached != null
                ? Uni.createFrom().item(cached)
                : repository.inputs(repository.pool(), ws).invoke(inputs -> cache.putInputs(ws, version, inputs));
    }

    /** The sums of the window at this version, from the cache when nothing changed since. */
    private Uni<Map<CellKey, Map<UUID, BrandSums>>> windowSums(BalanceCache.Window days, long version) {
        Map<CellKey, Map<UUID, BrandSums>> cached = cache.sums(days, version);
        return cached != null
                ? Uni.createFrom().item(cached)
                : repository
                        .sums(repository.pool(), days.workspaceId(), days.from(), days.to(), CellScope.ALL)
                        .invoke(sums -> cache.putSums(days, version, sums));
    }

    public Uni<BalanceCellConnection> urgentCells(
            String workspaceId, LocalDate from, LocalDate to, Urgency minUrgency, Integer first, String after) {
        int size = PageSize.of(first);
        int offset = BalanceCellConnection.offsetAfter(after);
        Urgency threshold = minUrgency == null || minUrgency == Urgency.NONE ? Urgency.SECONDARY : minUrgency;
        return matrix(workspaceId, from, to, null).map(balance -> {
            List<BalanceCell> ranked = balance.cells().stream()
                    .filter(cell -> cell.urgency().isAtLeast(threshold))
                    .sorted(Comparator.comparingDouble(BalanceCell::gap)
                            .reversed()
                            .thenComparing(BalanceCell::segmentId)
                            .thenComparing(BalanceCell::channelId))
                    .toList();
            return BalanceCellConnection.page(ranked, offset, size);
        });
    }

    public Uni<List<BalanceTrendPoint>> trend(
            String workspaceId, String segmentId, String channelId, StatsBucket bucket, LocalDate from, LocalDate to) {
        CellKey cell = new CellKey(Ids.parse("segmentId", segmentId), Ids.parse("channelId", channelId));
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> repository.inputs(repository.pool(), ws).chain(inputs -> {
                    double reactionWeight = inputs.segments().stream()
                            .filter(s -> s.id().equals(cell.segmentId()))
                            .findFirst()
                            .orElseThrow(() -> new InvalidInput(
                                    "segmentId", Reason.NOT_FOUND, "no such segment in this workspace"))
                            .reactionWeight();
                    if (inputs.channels().stream().noneMatch(c -> c.id().equals(cell.channelId()))) {
                        throw new InvalidInput("channelId", Reason.NOT_FOUND, "no such channel in this workspace");
                    }
                    LocalDate today = LocalDate.now(ZoneOffset.UTC);
                    Window window = Window.of(from == null ? today.minusMonths(6) : from, to, inputs.settings());
                    LocalDate start = bucketStart(window.from, bucket);
                    return repository.trend(ws, cell, bucket, start, window.to).map(sums -> {
                        List<BalanceTrendPoint> points = new ArrayList<>();
                        for (LocalDate b = start; b.isBefore(window.to); b = nextBucket(b, bucket)) {
                            points.add(new BalanceTrendPoint(
                                    b,
                                    MediaBalanceModel.cell(
                                            ws,
                                            cell.segmentId(),
                                            cell.channelId(),
                                            reactionWeight,
                                            inputs.weight(cell),
                                            inputs.client(),
                                            inputs.competitors(),
                                            sums.getOrDefault(b, Map.of()),
                                            inputs.settings())));
                        }
                        return points;
                    });
                }));
    }

    public Uni<BalanceSettings> settings(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> repository.settings(repository.pool(), ws));
    }

    public Uni<BalanceSettings> updateSettings(String workspaceId, BalanceSettingsInput input) {
        if (input.moderateGap() > input.immediateGap()) {
            throw new InvalidInput("input.moderateGap", Reason.ABOVE_IMMEDIATE_GAP, "must not exceed immediateGap");
        }
        if (input.settings().secondaryGap() > input.moderateGap()) {
            throw new InvalidInput("input.secondaryGap", Reason.ABOVE_MODERATE_GAP, "must not exceed moderateGap");
        }
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> repository.saveSettings(ws, input.settings()).replaceWith(input.settings()));
    }

    /** The workspace's settings, read through {@code client} (the alert evaluator's transaction); no access check. */
    public Uni<BalanceSettings> settings(SqlClient client, UUID workspaceId) {
        return repository.settings(client, workspaceId);
    }

    /**
     * The current cells in scope over the workspace's alert window (the days up to today), for the
     * alert evaluator; read through {@code client}, so inside the caller's transaction.
     */
    public Uni<Map<CellKey, BalanceCell>> alertWindowCells(SqlClient client, UUID workspaceId, CellScope scope) {
        return repository.inputs(client, workspaceId).chain(inputs -> {
            Window window = Window.of(null, null, inputs.settings());
            return repository
                    .sums(client, workspaceId, window.from, window.to, scope)
                    .map(sums -> {
                        Map<CellKey, BalanceCell> cells = new LinkedHashMap<>();
                        forEachCell(inputs, BalanceFilter.View.ALL, (segment, channel) -> {
                            CellKey key = new CellKey(segment.id(), channel.id());
                            if (scope.contains(key)) {
                                cells.put(key, cell(workspaceId, inputs, BalanceFilter.View.ALL, sums, segment, key));
                            }
                        });
                        return cells;
                    });
        });
    }

    private static MediaBalance matrix(
            UUID ws,
            Window window,
            BalanceInputs inputs,
            BalanceFilter.View filter,
            Map<CellKey, Map<UUID, BrandSums>> sums) {
        List<BalanceCell> cells = new ArrayList<>();
        Map<UUID, Rollup> rows = new LinkedHashMap<>();
        Map<UUID, Rollup> columns = new LinkedHashMap<>();
        forEachCell(inputs, filter, (segment, channel) -> {
            BalanceCell cell = cell(ws, inputs, filter, sums, segment, new CellKey(segment.id(), channel.id()));
            cells.add(cell);
            rows.computeIfAbsent(segment.id(), id -> new Rollup()).add(cell);
            columns.computeIfAbsent(channel.id(), id -> new Rollup()).add(cell);
        });
        return new MediaBalance(
                ws,
                window.from,
                window.to,
                inputs.settings(),
                inputs.client(),
                competitorsInView(inputs, filter),
                rows.entrySet().stream()
                        .map(e -> new MediaBalance.SegmentBalance(
                                ws,
                                e.getKey(),
                                e.getValue().mostUrgent,
                                e.getValue().totalGap,
                                e.getValue().urgentCells))
                        .toList(),
                columns.entrySet().stream()
                        .map(e -> new MediaBalance.ChannelBalance(
                                ws,
                                e.getKey(),
                                e.getValue().mostUrgent,
                                e.getValue().totalGap,
                                e.getValue().urgentCells))
                        .toList(),
                cells);
    }

    private static void forEachCell(
            BalanceInputs inputs,
            BalanceFilter.View filter,
            BiConsumer<BalanceInputs.SegmentAxis, BalanceInputs.ChannelAxis> visit) {
        for (BalanceInputs.SegmentAxis segment : inputs.segments()) {
            if (!filter.keepsSegment(segment.id())) {
                continue;
            }
            for (BalanceInputs.ChannelAxis channel : inputs.channels()) {
                if (filter.keepsChannel(channel)) {
                    visit.accept(segment, channel);
                }
            }
        }
    }

    private static BalanceCell cell(
            UUID ws,
            BalanceInputs inputs,
            BalanceFilter.View filter,
            Map<CellKey, Map<UUID, BrandSums>> sums,
            BalanceInputs.SegmentAxis segment,
            CellKey key) {
        return MediaBalanceModel.cell(
                ws,
                key.segmentId(),
                key.channelId(),
                segment.reactionWeight(),
                inputs.weight(key),
                inputs.client(),
                competitorsInView(inputs, filter),
                sums.getOrDefault(key, Map.of()),
                inputs.settings());
    }

    private static List<UUID> competitorsInView(BalanceInputs inputs, BalanceFilter.View filter) {
        return inputs.competitors().stream().filter(filter::keepsCompetitor).toList();
    }

    private static LocalDate bucketStart(LocalDate day, StatsBucket bucket) {
        return switch (bucket) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate nextBucket(LocalDate start, StatsBucket bucket) {
        return switch (bucket) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The UTC days [from, to); by default the alert window: the last N days up to and including today. */
    private record Window(LocalDate from, LocalDate to) {

        static Window of(LocalDate from, LocalDate to, BalanceSettings settings) {
            LocalDate end = to != null ? to : LocalDate.now(ZoneOffset.UTC).plusDays(1);
            LocalDate start = from != null ? from : end.minusDays(settings.alertWindowDays());
            if (!start.isBefore(end)) {
                throw new InvalidInput("to", Reason.NOT_AFTER_START, "must be after from");
            }
            if (ChronoUnit.DAYS.between(start, end) > MAX_WINDOW_DAYS) {
                throw new InvalidInput(
                        "from",
                        Reason.WINDOW_TOO_LONG,
                        String.valueOf(MAX_WINDOW_DAYS),
                        "the window may span at most " + MAX_WINDOW_DAYS + " days");
            }
            return new Window(start, end);
        }
    }

    /** Accumulates a row's or column's roll-up. */
    private static final class Rollup {
        Urgency mostUrgent = Urgency.NONE;
        double totalGap;
        int urgentCells;

        void add(BalanceCell cell) {
            mostUrgent = Urgency.max(mostUrgent, cell.urgency());
            totalGap += Math.max(0, cell.gap());
            urgentCells += cell.urgency() == Urgency.NONE ? 0 : 1;
        }
    }
}
