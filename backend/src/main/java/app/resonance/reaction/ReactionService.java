package app.resonance.reaction;

import app.resonance.alert.AlertService;
import app.resonance.alert.AlertView;
import app.resonance.balance.BalanceCell;
import app.resonance.balance.BalanceTrendPoint;
import app.resonance.balance.CellKey;
import app.resonance.balance.CellScope;
import app.resonance.balance.MediaBalanceService;
import app.resonance.balance.Urgency;
import app.resonance.campaign.CampaignInput;
import app.resonance.campaign.CampaignService;
import app.resonance.campaign.CampaignType;
import app.resonance.campaign.CampaignView;
import app.resonance.channel.ChannelService;
import app.resonance.channel.ChannelView;
import app.resonance.common.error.Duplicate;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.graphql.Batches;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.time.DatabaseTime;
import app.resonance.publication.StatsBucket;
import app.resonance.segment.SegmentService;
import app.resonance.segment.SegmentView;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReactionService {

    /** The unique key that keeps an alert to one reaction, even when two plans race. */
    private static final String ONE_REACTION_PER_ALERT = "campaign_reaction_alert_id_key";

    private static final int MAX_NAME = 200;

    private final ReactionRepository reactions;
    private final AlertService alerts;
    private final CampaignService campaigns;
    private final MediaBalanceService balance;
    private final SegmentService segments;
    private final ChannelService channels;
    private final WorkspaceAccess access;
    private final Clock clock;

    ReactionService(
            ReactionRepository reactions,
            AlertService alerts,
            CampaignService campaigns,
            MediaBalanceService balance,
            SegmentService segments,
            ChannelService channels,
            WorkspaceAccess access,
            Clock clock) {
        this.reactions = reactions;
        this.alerts = alerts;
        this.campaigns = campaigns;
        this.balance = balance;
        this.segments = segments;
        this.channels = channels;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A PR_ACTION campaign for the alert's segment and channel, owned by the caller, starting today, linked to the
     * alert with the cell's gap and urgency over the alert window now; the campaign and the link in one transaction.
     */
    public Uni<CampaignView> plan(String workspaceId, String alertId) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> alerts.get(workspaceId, alertId)
                        .onFailure()
                        .transform(ReactionService::onAlertId)
                        .call(alert -> reactions.ofAlerts(List.of(alert.id())).invoke(existing -> {
                            if (!existing.isEmpty()) {
                                throw alreadyPlanned(
                                        existing.get(0).campaignId().toString());
                            }
                        }))
                        .chain(alert -> Uni.combine()
                                .all()
                                .unis(
                                        currentCell(ws, alert.segmentId(), alert.channelId()),
                                        segments.rows().list(workspaceId),
                                        channels.rows().list(workspaceId),
                                        access.checkedUsername(ws, WorkspacePermission.WRITE))
                                .with((cell, segmentList, channelList, username) -> {
                                    if (cell == null) {
                                        throw new InvalidInput(
                                                "alertId", Reason.NOT_FOUND, "the alert's segment or channel is gone");
                                    }
                                    return new Plan(
                                            ws,
                                            alert,
                                            cell,
                                            name(segmentList, SegmentView::id, SegmentView::name, alert.segmentId()),
                                            name(channelList, ChannelView::id, ChannelView::name, alert.channelId()),
                                            username);
                                }))
                        .chain(plan -> store(workspaceId, plan)));
    }

    private record Plan(
            UUID workspaceId, AlertView alert, BalanceCell cell, String segment, String channel, String owner) {}

    private Uni<CampaignView> store(String workspaceId, Plan plan) {
        OffsetDateTime now = DatabaseTime.now(clock);
        String name = "Reaction to alert #" + plan.alert().id() + ": " + plan.segment() + " × " + plan.channel();
        String goals = String.format(
                Locale.ROOT,
                "Close the gap in %s × %s: g = %.2f (%s) over the alert window when the reaction was planned.",
                plan.segment(),
                plan.channel(),
                plan.cell().gap(),
                plan.cell().urgency());
        CampaignInput input = new CampaignInput(
                name.length() > MAX_NAME ? name.substring(0, MAX_NAME).strip() : name,
                CampaignType.PR_ACTION,
                now.toLocalDate(),
                null,
                null,
                null,
                null,
                null,
                plan.owner(),
                null,
                goals,
                null,
                null,
                null,
                null,
                null);
        return Panache.withTransaction(() -> campaigns
                        .create(workspaceId, input)
                        .call(campaign -> reactions.insertInTransaction(new CampaignReaction(
                                plan.workspaceId(),
                                campaign.id(),
                                plan.alert().id(),
                                plan.alert().segmentId(),
                                plan.alert().channelId(),
                                plan.cell().gap(),
                                plan.cell().urgency(),
                                now))))
                .onFailure(failure -> DatabaseErrors.isUnique(failure, ONE_REACTION_PER_ALERT))
                .transform(failure -> alreadyPlanned(null));
    }

    /** The cell over the workspace's alert window now; null when its segment or channel is gone. */
    private Uni<BalanceCell> currentCell(UUID workspaceId, UUID segmentId, UUID channelId) {
        CellKey key = new CellKey(segmentId, channelId);
        return balance.alertWindowCells(reactions.pool(), workspaceId, new CellScope(false, Set.of(), Set.of(key)))
                .map(cells -> cells.get(key));
    }

    /** The campaigns' reactions, in their order (null for a campaign that reacts to no alert). */
    Uni<List<CampaignReaction>> ofCampaigns(List<CampaignView> of) {
        return reactions.ofCampaigns(Batches.keys(of, CampaignView::id)).map(found -> {
            Map<UUID, CampaignReaction> byCampaign =
                    found.stream().collect(Collectors.toMap(CampaignReaction::campaignId, Function.identity()));
            return of.stream().map(campaign -> byCampaign.get(campaign.id())).toList();
        });
    }

    /** The alerts' reaction campaigns, in their order (null for an alert without one). */
    Uni<List<CampaignView>> campaignsOf(List<AlertView> of) {
        return reactions
                .ofAlerts(of.stream().map(AlertView::id).distinct().toList())
                .chain(found -> {
                    Map<UUID, List<UUID>> byWorkspace = found.stream()
                            .collect(Collectors.groupingBy(
                                    CampaignReaction::workspaceId,
                                    Collectors.mapping(CampaignReaction::campaignId, Collectors.toList())));
                    List<Uni<List<CampaignView>>> reads = byWorkspace.entrySet().stream()
                            .map(entry -> campaigns.views(entry.getKey(), entry.getValue()))
                            .toList();
                    Uni<List<CampaignView>> all = reads.isEmpty()
                            ? Uni.createFrom().item(List.of())
                            : Uni.join().all(reads).andFailFast().map(lists -> {
                                List<CampaignView> flat = new ArrayList<>();
                                lists.forEach(flat::addAll);
                                return flat;
                            });
                    return all.map(views -> {
                        Map<UUID, CampaignView> byId =
                                views.stream().collect(Collectors.toMap(CampaignView::id, Function.identity()));
                        Map<Long, CampaignView> byAlert = new HashMap<>();
                        found.forEach(reaction -> byAlert.put(reaction.alertId(), byId.get(reaction.campaignId())));
                        return of.stream().map(alert -> byAlert.get(alert.id())).toList();
                    });
                });
    }

    /** The reaction's cell day by day (UTC) since the day it began, up to today. */
    Uni<List<BalanceTrendPoint>> balanceSince(CampaignReaction reaction) {
        LocalDate start =
                reaction.startedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return balance.trend(
                reaction.workspaceId().toString(),
                reaction.segmentId().toString(),
                reaction.channelId().toString(),
                StatsBucket.DAY,
                start,
                null);
    }

    /** The reaction's cell over the alert window now, against when it began. */
    Uni<ReactionProgress> progress(CampaignReaction reaction) {
        return currentCell(reaction.workspaceId(), reaction.segmentId(), reaction.channelId())
                .onItem()
                .ifNull()
                .failWith(() -> new InvalidInput("reaction", Reason.NOT_FOUND, "the segment or channel is gone"))
                .map(cell ->
                        new ReactionProgress(cell, cell.gap() - reaction.gapAtStart(), cell.urgency() == Urgency.NONE));
    }

    /** Resolves the alert the campaign reacted to, unless it has none or it is resolved already. */
    Uni<Void> resolveAlert(String workspaceId, CampaignView campaign) {
        return reactions.ofCampaigns(List.of(campaign.id())).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            String alertId = Long.toString(found.get(0).alertId());
            return alerts.get(workspaceId, alertId)
                    .chain(alert -> alert.resolvedAt() != null
                            ? Uni.createFrom().voidItem()
                            : alerts.resolve(workspaceId, alertId, "Reaction completed: " + campaign.name())
                                    .replaceWithVoid());
        });
    }

    private static <V> String name(List<V> views, Function<V, UUID> id, Function<V, String> name, UUID wanted) {
        return views.stream()
                .filter(view -> id.apply(view).equals(wanted))
                .map(name)
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInput("alertId", Reason.NOT_FOUND, "the alert's segment or channel is gone"));
    }

    /** The alert service names its argument id; here it is alertId. */
    private static Throwable onAlertId(Throwable failure) {
        return failure instanceof InvalidInput invalid && "id".equals(invalid.field())
                ? new InvalidInput("alertId", invalid.reason(), invalid.value(), invalid.getMessage())
                : failure;
    }

    private static Duplicate alreadyPlanned(String campaignId) {
        return new Duplicate(
                "alertId", Reason.REACTION_PLANNED, campaignId, "a reaction to this alert is planned already");
    }
}
