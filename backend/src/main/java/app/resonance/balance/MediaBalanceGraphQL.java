package app.resonance.balance;

import app.resonance.brand.BrandService;
import app.resonance.brand.BrandView;
import app.resonance.channel.ChannelService;
import app.resonance.channel.ChannelView;
import app.resonance.common.graphql.Batches;
import app.resonance.publication.StatsBucket;
import app.resonance.segment.SegmentService;
import app.resonance.segment.SegmentView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class MediaBalanceGraphQL {

    private final MediaBalanceService service;
    private final SegmentService segments;
    private final ChannelService channels;
    private final BrandService brands;

    MediaBalanceGraphQL(
            MediaBalanceService service, SegmentService segments, ChannelService channels, BrandService brands) {
        this.service = service;
        this.segments = segments;
        this.channels = channels;
        this.brands = brands;
    }

    @Query("mediaBalance")
    @Description("The segment × channel matrix over the UTC days [from, to); by default the alert window up to today.")
    public Uni<@NonNull MediaBalance> mediaBalance(
            @Id @NonNull String workspaceId, LocalDate from, LocalDate to, BalanceFilter filter) {
        return service.matrix(workspaceId, from, to, filter);
    }

    @Query("urgentCells")
    @Description("Cells at or above minUrgency (SECONDARY when NONE), largest gap first; first ≤ 500, default 50.")
    public Uni<@NonNull BalanceCellConnection> urgentCells(
            @Id @NonNull String workspaceId,
            LocalDate from,
            LocalDate to,
            @DefaultValue("SECONDARY") Urgency minUrgency,
            Integer first,
            String after) {
        return service.urgentCells(workspaceId, from, to, minUrgency, first, after);
    }

    @Query("mediaBalanceTrend")
    @Description("How one cell moved, bucket by bucket over [from, to); by default the last 6 months up to today.")
    public Uni<@NonNull List<@NonNull BalanceTrendPoint>> mediaBalanceTrend(
            @Id @NonNull String workspaceId,
            @Id @NonNull String segmentId,
            @Id @NonNull String channelId,
            @DefaultValue("WEEK") StatsBucket bucket,
            LocalDate from,
            LocalDate to) {
        return service.trend(workspaceId, segmentId, channelId, bucket, from, to);
    }

    @Query("balanceSettings")
    public Uni<@NonNull BalanceSettings> balanceSettings(@Id @NonNull String workspaceId) {
        return service.settings(workspaceId);
    }

    @Mutation("updateBalanceSettings")
    @Description("Changes the urgency thresholds and the alert window; cells whose urgency changes raise alerts.")
    public Uni<@NonNull BalanceSettings> updateBalanceSettings(
            @Id @NonNull String workspaceId, @NonNull @Valid BalanceSettingsInput input) {
        return service.updateSettings(workspaceId, input);
    }

    @NonNull
    public BalanceGrid grid(@Source MediaBalance balance) {
        return BalanceGrid.of(balance.cells(), balance.competitorIds());
    }

    @Description("The client brand; null until the workspace has one.")
    public Uni<List<BrandView>> client(@Source List<MediaBalance> balances) {
        return brands.views(balances.get(0).workspaceId(), Batches.keys(balances, MediaBalance::clientId))
                .map(found -> Batches.align(balances, MediaBalance::clientId, found, BrandView::id));
    }

    @NonNull
    @Description("The competitors in view, by name.")
    public Uni<List<@NonNull List<@NonNull BrandView>>> competitors(@Source List<MediaBalance> balances) {
        // One query for the brands of all balances; each keeps its own competitors in its own order.
        return brands.views(balances.get(0).workspaceId(), null)
                .map(found -> balances.stream()
                        .map(balance -> found.stream()
                                .filter(brand -> balance.competitorIds().contains(brand.id()))
                                .toList())
                        .toList());
    }

    @NonNull
    public Uni<List<@NonNull SegmentView>> segment(@Source List<MediaBalance.SegmentBalance> rows) {
        return segments.views(rows.get(0).workspaceId(), Batches.keys(rows, MediaBalance.SegmentBalance::segmentId))
                .map(found -> Batches.align(rows, MediaBalance.SegmentBalance::segmentId, found, SegmentView::id));
    }

    @NonNull
    public Uni<List<@NonNull ChannelView>> channel(@Source List<MediaBalance.ChannelBalance> columns) {
        return channels.views(
                        columns.get(0).workspaceId(), Batches.keys(columns, MediaBalance.ChannelBalance::channelId))
                .map(found -> Batches.align(columns, MediaBalance.ChannelBalance::channelId, found, ChannelView::id));
    }

    @NonNull
    @Name("segment")
    public Uni<List<@NonNull SegmentView>> cellSegment(@Source List<BalanceCell> cells) {
        return segments.views(cells.get(0).workspaceId(), Batches.keys(cells, BalanceCell::segmentId))
                .map(found -> Batches.align(cells, BalanceCell::segmentId, found, SegmentView::id));
    }

    @NonNull
    @Name("channel")
    public Uni<List<@NonNull ChannelView>> cellChannel(@Source List<BalanceCell> cells) {
        return channels.views(cells.get(0).workspaceId(), Batches.keys(cells, BalanceCell::channelId))
                .map(found -> Batches.align(cells, BalanceCell::channelId, found, ChannelView::id));
    }
}
