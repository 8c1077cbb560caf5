package app.resonance.milestone;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.TenantRows;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.time.DatabaseTime;
import app.resonance.common.time.DueDates;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceTransactions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MilestoneService {

    /** The foreign key from a milestone's responsible member to the workspace's members. */
    private static final String RESPONSIBLE_IS_MEMBER = "milestone_workspace_id_responsible_fkey";

    private final MilestoneRepository repository;
    private final TenantRows<MilestoneRow> milestones;
    private final WorkspaceAccess access;
    private final WorkspaceTransactions transactions;
    private final Clock clock;

    MilestoneService(
            MilestoneRepository repository, WorkspaceAccess access, WorkspaceTransactions transactions, Clock clock) {
        this.repository = repository;
        this.milestones = repository.rows();
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The campaign's milestones by due date. */
    public Uni<List<MilestoneView>> ofCampaign(String workspaceId, String campaignId) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> repository.ofCampaign(ws, Ids.parse("campaignId", campaignId)))
                .map(rows -> rows.stream().map(MilestoneView::of).toList());
    }

    public Uni<MilestoneView> create(String workspaceId, String campaignId, MilestoneInput input) {
        return transactions
                .write(workspaceId, writer -> {
                    OffsetDateTime now = DatabaseTime.now(clock);
                    MilestoneRow row = new MilestoneRow(
                            TimeOrderedIds.next(),
                            writer.workspaceId(),
                            Ids.parse("campaignId", campaignId),
                            input.name().strip(),
                            input.dueOn(),
                            null,
                            blankToNull(input.responsible()),
                            null,
                            now);
                    return milestones.insert(writer.connection(), row);
                })
                .onFailure()
                .transform(failure -> refused(failure, input.responsible()))
                .map(MilestoneView::of);
    }

    /** Replaces name, due date and responsible member; a template milestone moved to another date stays there. */
    public Uni<MilestoneView> update(String workspaceId, String id, MilestoneInput input) {
        return transactions
                .write(
                        workspaceId,
                        writer -> locked(writer.connection(), writer.workspaceId(), id)
                                .chain(before -> milestones.update(
                                        writer.connection(),
                                        new MilestoneRow(
                                                before.id(),
                                                before.workspaceId(),
                                                before.campaignId(),
                                                input.name().strip(),
                                                input.dueOn(),
                                                input.dueOn().isEqual(before.dueOn()) ? before.daysFromEvent() : null,
                                                blankToNull(input.responsible()),
                                                before.doneAt(),
                                                before.createdAt()))))
                .onFailure()
                .transform(failure -> refused(failure, input.responsible()))
                .map(MilestoneView::of);
    }

    /** Ticks the milestone off (now) or opens it again; ticking off a done one keeps its time. */
    public Uni<MilestoneView> setDone(String workspaceId, String id, boolean done) {
        return transactions
                .write(
                        workspaceId,
                        writer -> locked(writer.connection(), writer.workspaceId(), id)
                                .chain(before -> {
                                    if (done == (before.doneAt() != null)) {
                                        return Uni.createFrom().item(before);
                                    }
                                    return milestones.update(
                                            writer.connection(),
                                            new MilestoneRow(
                                                    before.id(),
                                                    before.workspaceId(),
                                                    before.campaignId(),
                                                    before.name(),
                                                    before.dueOn(),
                                                    before.daysFromEvent(),
                                                    before.responsible(),
                                                    done ? DatabaseTime.now(clock) : null,
                                                    before.createdAt()));
                                }))
                .map(MilestoneView::of);
    }

    /** Deletes the milestone; its tasks stay with the campaign. Answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return transactions.write(workspaceId, writer -> {
            UUID milestoneId = Ids.parse("id", id);
            return milestones
                    .delete(writer.connection(), writer.workspaceId(), milestoneId)
                    .map(deleted -> {
                        if (!deleted) {
                            throw noSuchMilestone();
                        }
                        return milestoneId;
                    });
        });
    }

    /**
     * Adds the milestones of the campaign type's template that the campaign lacks (by name), each due its
     * days from the event date (the start for campaigns without an event) and in the hands of the campaign's
     * owner; answers all the campaign's milestones. Running it again adds nothing.
     */
    public Uni<List<MilestoneView>> applyTemplate(String workspaceId, String campaignId) {
        return transactions
                .write(workspaceId, writer -> {
                    UUID campaign = Ids.parse("campaignId", campaignId);
                    SqlClient tx = writer.connection();
                    return repository
                            .lockCampaign(tx, writer.workspaceId(), campaign)
                            .onItem()
                            .ifNull()
                            .failWith(() -> new InvalidInput(
                                    "campaignId", Reason.NOT_FOUND, "no such campaign in this workspace"))
                            .chain(found -> {
                                List<MilestoneTemplates.Step> steps = MilestoneTemplates.of(found.type());
                                if (steps.isEmpty()) {
                                    throw new InvalidInput(
                                            "campaignId",
                                            Reason.NOT_FOR_THIS_TYPE,
                                            found.type(),
                                            "campaigns of type " + found.type() + " have no milestone template");
                                }
                                if (found.anchor() == null) {
                                    throw new InvalidInput(
                                            "eventDate",
                                            Reason.MISSING,
                                            "the campaign needs an event date (or a start) to count the milestones from");
                                }
                                return repository
                                        .names(tx, writer.workspaceId(), campaign)
                                        .chain(names -> repository.insertAll(
                                                tx, fromTemplate(writer.workspaceId(), campaign, found, steps, names)));
                            });
                })
                .chain(() -> ofCampaign(workspaceId, campaignId));
    }

    /**
     * Moves the campaign's template milestones to their days from its event date (the start when it has none), as
     * the campaign now has them; milestones set by hand stay. The campaign calls this in the Hibernate Reactive
     * transaction that changes those dates. Answers how many moved.
     */
    public Uni<Integer> followCampaignDates(
            UUID workspaceId, UUID campaignId, LocalDate eventDate, LocalDate startsOn) {
        LocalDate anchor = eventDate != null ? eventDate : startsOn;
        return anchor == null
                ? Uni.createFrom().item(0)
                : repository.moveTemplateMilestones(workspaceId, campaignId, anchor);
    }

    /** The member's open milestones in the workspace due by the date (UTC): for their own day's view. */
    public Uni<List<DueMilestone>> dueFor(UUID workspaceId, String username, LocalDate upTo) {
        return repository.dueFor(workspaceId, username, upTo);
    }

    /** Every workspace's open milestones that have someone responsible and are due by the date. */
    public Uni<List<DueMilestone>> due(SqlClient client, LocalDate upTo) {
        return repository.due(client, upTo);
    }

    private List<MilestoneRow> fromTemplate(
            UUID workspaceId,
            UUID campaignId,
            MilestoneRepository.Campaign campaign,
            List<MilestoneTemplates.Step> steps,
            List<String> existing) {
        Set<String> taken = new HashSet<>(existing);
        OffsetDateTime now = DatabaseTime.now(clock);
        return steps.stream()
                .filter(step -> taken.add(step.name().toLowerCase(Locale.ROOT)))
                .map(step -> new MilestoneRow(
                        TimeOrderedIds.next(),
                        workspaceId,
                        campaignId,
                        step.name(),
                        DueDates.counted(campaign.anchor(), step.daysFromEvent()),
                        step.daysFromEvent(),
                        campaign.owner(),
                        null,
                        now))
                .toList();
    }

    private Uni<MilestoneRow> locked(SqlClient tx, UUID workspaceId, String id) {
        return milestones
                .lock(tx, workspaceId, Ids.parse("id", id))
                .onItem()
                .ifNull()
                .failWith(MilestoneService::noSuchMilestone);
    }

    /** What the database refused, named by the field it is about. */
    private static Throwable refused(Throwable failure, String responsible) {
        if (RESPONSIBLE_IS_MEMBER.equals(DatabaseErrors.brokenForeignKey(failure))) {
            String username = Objects.requireNonNull(blankToNull(responsible));
            return new InvalidInput(
                    "responsible", Reason.NOT_A_MEMBER, username, username + " is not a member of this workspace");
        }
        return DatabaseErrors.asUnknownReference(failure);
    }

    private static InvalidInput noSuchMilestone() {
        return new InvalidInput("id", Reason.NOT_FOUND, "no such milestone in this workspace");
    }
}
