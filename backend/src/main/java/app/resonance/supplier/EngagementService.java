package app.resonance.supplier;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.time.DatabaseTime;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A supplier's relationship history: engagements and the rating after each. */
@ApplicationScoped
public class EngagementService {

    /**
     * "Today" where the date is furthest ahead (UTC+14): an engagement dated today somewhere on Earth may be rated.
     */
    private static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);

    /** The dates an engagement may have (the database's bounds, which keep the scores' weights finite). */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final EngagementRepository engagements;
    private final RatingCriterionRepository criteria;
    private final WorkspaceAccess access;
    private final WorkspaceTransactions transactions;
    private final Clock clock;

    EngagementService(
            EngagementRepository engagements,
            RatingCriterionRepository criteria,
            WorkspaceAccess access,
            WorkspaceTransactions transactions,
            Clock clock) {
        this.engagements = engagements;
        this.criteria = criteria;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The supplier's engagements, newest first (empty for a supplier the workspace does not have). */
    public Uni<List<SupplierEngagementView>> ofSupplier(String workspaceId, String supplierId) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> engagements.ofSuppliers(ws, List.of(Ids.parse("supplierId", supplierId))));
    }

    /** The engagements of suppliers the caller has already been let read, newest first. */
    Uni<List<SupplierEngagementView>> ofSuppliers(UUID workspaceId, List<UUID> supplierIds) {
        return engagements.ofSuppliers(workspaceId, supplierIds);
    }

    public Uni<SupplierEngagementView> create(String workspaceId, SupplierEngagementInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            EngagementRow row = row(ws, TimeOrderedIds.next(), input);
            return engagements
                    .insert(row)
                    .onFailure()
                    .transform(DatabaseErrors::asUnknownReference)
                    .chain(() -> engagements.view(ws, row.id()));
        });
    }

    /** Replaces every field of the engagement; its rating stays. */
    public Uni<SupplierEngagementView> update(String workspaceId, String id, SupplierEngagementInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            EngagementRow row = row(ws, Ids.parse("id", id), input);
            return engagements
                    .update(row)
                    .onFailure()
                    .transform(DatabaseErrors::asUnknownReference)
                    .chain(updated -> {
                        if (!updated) {
                            throw noSuchEngagement("id");
                        }
                        return engagements.view(ws, row.id());
                    });
        });
    }

    /** Deletes the engagement with its rating; answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            UUID engagementId = Ids.parse("id", id);
            return engagements.delete(ws, engagementId).map(deleted -> {
                if (!deleted) {
                    throw noSuchEngagement("id");
                }
                return engagementId;
            });
        });
    }

    /**
     * Rates the engagement once it has taken place: these scores replace its earlier rating (a criterion left out
     * has no score from this engagement).
     */
    public Uni<SupplierEngagementView> rate(
            String workspaceId, String engagementId, List<EngagementScoreInput> scores) {
        return transactions
                .write(workspaceId, writer -> {
                    UUID id = Ids.parse("engagementId", engagementId);
                    List<UUID> criteria = new ArrayList<>();
                    List<Short> values = new ArrayList<>();
                    for (int i = 0; i < scores.size(); i++) {
                        String field = "scores[" + i + "].criterionId";
                        UUID criterion = Ids.parse(field, scores.get(i).criterionId());
                        if (criteria.contains(criterion)) {
                            throw new InvalidInput(field, Reason.GIVEN_TWICE, "this criterion is scored twice");
                        }
                        criteria.add(criterion);
                        values.add(scores.get(i).score().shortValue());
                    }
                    return engagements
                            .locked(writer.connection(), writer.workspaceId(), id)
                            .invoke(engagement -> requireTakenPlace(engagement == null ? null : engagement.engagedOn()))
                            .call(() -> this.criteria
                                    .known(writer.connection(), writer.workspaceId(), criteria)
                                    .invoke(known -> {
                                        for (int i = 0; i < criteria.size(); i++) {
                                            if (!known.contains(criteria.get(i))) {
                                                throw new InvalidInput(
                                                        "scores[" + i + "].criterionId",
                                                        Reason.NOT_FOUND,
                                                        "no such rating criterion in this workspace");
                                            }
                                        }
                                    }))
                            .chain(engagement -> engagements.rate(
                                    writer.connection(),
                                    writer.workspaceId(),
                                    engagement.supplierId(),
                                    id,
                                    criteria,
                                    values,
                                    writer.username(),
                                    DatabaseTime.now(clock)))
                            .replaceWith(writer.workspaceId());
                })
                .chain(ws -> engagements.view(ws, Ids.parse("engagementId", engagementId)));
    }

    private void requireTakenPlace(LocalDate engagedOn) {
        if (engagedOn == null) {
            throw noSuchEngagement("engagementId");
        }
        if (engagedOn.isAfter(LocalDate.now(clock.withZone(FURTHEST_AHEAD)))) {
            throw new InvalidInput(
                    "engagementId",
                    Reason.NOT_YET_TAKEN_PLACE,
                    engagedOn.toString(),
                    "rate an engagement once it has taken place");
        }
    }

    private EngagementRow row(UUID workspaceId, UUID id, SupplierEngagementInput input) {
        if (input.engagedOn().isBefore(EARLIEST)) {
            throw new InvalidInput(
                    "engagedOn", Reason.TOO_EARLY, EARLIEST.toString(), "must not be before " + EARLIEST);
        }
        if (input.engagedOn().isAfter(LATEST)) {
            throw new InvalidInput("engagedOn", Reason.TOO_LATE, LATEST.toString(), "must not be after " + LATEST);
        }
        String campaignId = input.campaignId() == null || input.campaignId().isBlank() ? null : input.campaignId();
        return new EngagementRow(
                id,
                workspaceId,
                Ids.parse("supplierId", input.supplierId()),
                campaignId == null ? null : Ids.parse("campaignId", campaignId),
                input.service(),
                input.amount(),
                input.engagedOn(),
                input.onTime(),
                input.note() == null ? "" : input.note().strip(),
                DatabaseTime.now(clock));
    }

    private static InvalidInput noSuchEngagement(String field) {
        return new InvalidInput(field, Reason.NOT_FOUND, "no such engagement in this workspace");
    }
}
