package app.resonance.campaign;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.campaign.CampaignConnection.CampaignEdge;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.graphql.Batches;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.SqlConditions;
import app.resonance.common.time.DatabaseTime;
import app.resonance.common.time.TimeZones;
import app.resonance.milestone.MilestoneService;
import app.resonance.workspace.NamedRows;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CampaignService {

    /** The foreign key from a campaign's owner to the workspace's members. */
    private static final String OWNER_IS_MEMBER = "campaign_workspace_id_owner_fkey";

    private final CampaignRepository campaigns;
    private final WorkspaceAccess access;
    private final MilestoneService milestones;
    private final Clock clock;
    private final CampaignCompletion completion;
    private final NamedRows<Campaign, CampaignInput, CampaignView> rows;

    CampaignService(
            CampaignRepository campaigns,
            WorkspaceAccess access,
            MilestoneService milestones,
            Clock clock,
            CampaignCompletion completion) {
        this.campaigns = campaigns;
        this.milestones = milestones;
        this.access = access;
        this.clock = clock;
        this.completion = completion;
        this.rows = new NamedRows<>(
                        access, campaigns, ws -> new Campaign(ws, DatabaseTime.now(clock)), CampaignView::of)
                .withRule(this::check);
    }

    public Uni<CampaignView> get(String workspaceId, String id) {
        return checked(workspaceId, id, "id", WorkspacePermission.READ);
    }

    /**
     * The campaign once the caller may act in its workspace with the permission; {@code NOT_FOUND} on {@code
     * argument} when the workspace has no such campaign. For features that hang rows under a campaign.
     */
    public Uni<CampaignView> checked(
            String workspaceId, String campaignId, String argument, WorkspacePermission permission) {
        return access.check(workspaceId, permission).chain(ws -> view(ws, Ids.parse(argument, campaignId), argument));
    }

    /** The campaign of a workspace the caller was already let into; {@code NOT_FOUND} on {@code argument}. */
    public Uni<CampaignView> view(UUID workspaceId, UUID campaignId, String argument) {
        return campaigns
                .views(workspaceId, List.of(campaignId))
                .map(found -> found.stream().findFirst().orElseThrow(() -> noSuchCampaign(argument)));
    }

    /** The campaigns of these ids in a workspace the caller was already let into (unknown ids are left out). */
    public Uni<List<CampaignView>> views(UUID workspaceId, Collection<UUID> ids) {
        return campaigns.views(workspaceId, ids);
    }

    /** A page of the workspace's campaigns: name prefix, filter and order as the list offers them. */
    public Uni<CampaignConnection> page(
            String workspaceId,
            String search,
            CampaignFilter filter,
            Integer first,
            String after,
            CampaignOrder orderBy) {
        CampaignOrder order = orderBy == null ? CampaignOrder.STARTS_ON_ASC : orderBy;
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            int size = PageSize.of(first);
            SqlConditions query = query(ws, search, filter);
            return campaigns
                    .page(query, order.keyset, Cursor.decode(after), size + 1)
                    .map(rows -> {
                        Page<CampaignEdge> page = Page.of(
                                rows,
                                size,
                                row -> new CampaignEdge(row.cursor(), row.campaign()),
                                CampaignEdge::cursor);
                        return new CampaignConnection(page.edges(), page.pageInfo(), query);
                    });
        });
    }

    /** Counts what the connection's filter selects (the caller was let in when the connection was made). */
    Uni<Long> count(CampaignConnection connection) {
        return campaigns.count(connection.query());
    }

    /** Each campaign's planned figures with its descendants', in the campaigns' order (campaigns the caller reads). */
    Uni<List<PlannedFigures>> programmePlanned(List<CampaignView> of) {
        return campaigns
                .programmePlanned(Batches.keys(of, CampaignView::id))
                .map(sums ->
                        of.stream().map(campaign -> sums.get(campaign.id())).toList());
    }

    public Uni<CampaignView> create(String workspaceId, CampaignInput input) {
        return rows.create(workspaceId, input).onFailure().transform(failure -> refused(failure, input));
    }

    /** Replaces the campaign's fields (not its status); its template milestones follow its event date. */
    public Uni<CampaignView> update(String workspaceId, String id, CampaignInput input) {
        return access.inTransaction(workspaceId, WorkspacePermission.WRITE, ws -> {
                    UUID campaignId = Ids.parse("id", id);
                    return campaigns
                            .require(ws, campaignId, "id")
                            .call(() -> check(ws, input, campaignId))
                            .call(() -> campaigns.requireFreeName(ws, input.name(), campaignId))
                            .invoke(campaign -> {
                                campaign.apply(input);
                                campaign.updatedAt = DatabaseTime.now(clock);
                            })
                            .call(campaign -> milestones.followCampaignDates(
                                    ws, campaign.id, campaign.eventDate, campaign.startsOn));
                })
                .onFailure()
                .transform(failure -> refused(failure, input))
                .map(CampaignView::of);
    }

    /** Deletes the campaign with its budget lines and milestones; its sub-campaigns stay, without a parent. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return rows.delete(workspaceId, id);
    }

    /**
     * Moves the campaign to {@code next} when its status allows it ({@link CampaignStatus#mayBecome}); on
     * completion with {@code resolveAlert}, then resolves the alert it reacted to (after the status is committed:
     * a failure there leaves the campaign completed and the alert for the user to resolve).
     */
    public Uni<CampaignView> changeStatus(String workspaceId, String id, CampaignStatus next, boolean resolveAlert) {
        return access.inTransaction(
                        workspaceId,
                        WorkspacePermission.WRITE,
                        ws -> campaigns.require(ws, Ids.parse("id", id), "id").invoke(campaign -> {
                            if (!campaign.status.mayBecome(next)) {
                                throw new InvalidInput(
                                        "status",
                                        Reason.STATUS_NOT_REACHABLE,
                                        campaign.status.name(),
                                        "a " + campaign.status + " campaign cannot become " + next);
                            }
                            campaign.status = next;
                            campaign.updatedAt = DatabaseTime.now(clock);
                        }))
                .map(CampaignView::of)
                .call(campaign -> resolveAlert && next == CampaignStatus.COMPLETED
                        ? completion.resolveAlert(workspaceId, campaign)
                        : Uni.createFrom().voidItem());
    }

    /** The rules Bean Validation cannot express; the parent is checked in the write's transaction. */
    private Uni<Void> check(UUID workspaceId, CampaignInput input, UUID id) {
        checkDates(input);
        checkDelivery(input);
        if (input.parentId() == null) {
            return Uni.createFrom().voidItem();
        }
        UUID parentId = Ids.parse("parentId", input.parentId());
        return campaigns
                .require(workspaceId, parentId, "parentId")
                .chain(parent -> id == null
                        ? Uni.createFrom().item(false)
                        : campaigns.isAncestorOrSelf(workspaceId, id, parentId))
                .invoke(cycle -> {
                    if (cycle) {
                        throw new InvalidInput(
                                "parentId",
                                Reason.CAMPAIGN_CYCLE,
                                input.parentId(),
                                "a campaign cannot belong to itself, not even through other campaigns");
                    }
                })
                .replaceWithVoid();
    }

    private static void checkDates(CampaignInput input) {
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw new InvalidInput(
                    "endsOn", Reason.BEFORE_START, input.startsOn().toString(), "must not be before startsOn");
        }
        String timeZone = blankToNull(input.eventTimeZone());
        if (timeZone != null
                // A venue is a place: a region follows its daylight saving time, a fixed offset would not.
                && !TimeZones.parse("eventTimeZone", timeZone).getId().contains("/")) {
            throw new InvalidInput(
                    "eventTimeZone",
                    Reason.NOT_A_TIME_ZONE,
                    timeZone,
                    "is not a time zone region (e.g. Europe/Warsaw)");
        }
        if (input.eventTime() != null && input.eventDate() == null) {
            throw new InvalidInput("eventDate", Reason.MISSING, "an event time needs the event date");
        }
        if (input.eventTime() != null && timeZone == null) {
            throw new InvalidInput("eventTimeZone", Reason.MISSING, "an event time needs the venue's time zone");
        }
    }

    private static void checkDelivery(CampaignInput input) {
        if (input.delivery() == CampaignDelivery.OUTSOURCED) {
            if (input.supplierId() == null) {
                throw new InvalidInput("supplierId", Reason.MISSING, "an outsourced campaign names its supplier");
            }
            Ids.parse("supplierId", input.supplierId());
        } else if (input.supplierId() != null) {
            throw new InvalidInput(
                    "supplierId", Reason.ONLY_WHEN_OUTSOURCED, "only an outsourced campaign has a supplier");
        } else if (blankToNull(input.outsourcingReason()) != null) {
            throw new InvalidInput(
                    "outsourcingReason", Reason.ONLY_WHEN_OUTSOURCED, "only an outsourced campaign has this reason");
        }
    }

    private static SqlConditions query(UUID workspaceId, String search, CampaignFilter filter) {
        SqlConditions query = new SqlConditions();
        query.add("c.workspace_id = " + query.param(workspaceId));
        if (search != null && !search.isBlank()) {
            query.add(SqlConditions.startsWith("lower(c.name)", query.param(search.strip())));
        }
        if (filter == null) {
            return query;
        }
        query.anyOf("c.status", names(filter.statuses()))
                .anyOf("c.type", names(filter.types()))
                .anyOf("c.owner", filter.owners())
                .anyOf("c.business_line", filter.businessLines());
        if (filter.parentId() != null) {
            query.add("c.parent_id = " + query.param(Ids.parse("filter.parentId", filter.parentId())));
        }
        if (Boolean.TRUE.equals(filter.topLevel())) {
            query.add("c.parent_id is null");
        }
        if (filter.periodFrom() != null
                && filter.periodTo() != null
                && filter.periodTo().isBefore(filter.periodFrom())) {
            throw new InvalidInput(
                    "filter.periodTo",
                    Reason.BEFORE_START,
                    filter.periodFrom().toString(),
                    "must not be before periodFrom");
        }
        if (filter.periodTo() != null) {
            query.add("c.starts_on <= " + query.param(filter.periodTo()));
        }
        if (filter.periodFrom() != null) {
            query.add("coalesce(c.ends_on, c.starts_on) >= " + query.param(filter.periodFrom()));
        }
        return query;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toList();
    }

    /** What the database refused, named by the field it is about. */
    private static Throwable refused(Throwable failure, CampaignInput input) {
        if (OWNER_IS_MEMBER.equals(DatabaseErrors.brokenForeignKey(failure))) {
            String owner = blankToNull(input.owner());
            return new InvalidInput("owner", Reason.NOT_A_MEMBER, owner, owner + " is not a member of this workspace");
        }
        return DatabaseErrors.asUnknownReference(failure);
    }

    private static InvalidInput noSuchCampaign(String argument) {
        return new InvalidInput(argument, Reason.NOT_FOUND, "no such campaign in this workspace");
    }
}
