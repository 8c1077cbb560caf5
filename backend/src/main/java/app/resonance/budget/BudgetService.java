package app.resonance.budget;

import app.resonance.budget.BudgetRepository.CategorySums;
import app.resonance.campaign.CampaignService;
import app.resonance.campaign.CampaignView;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.graphql.Batches;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.time.DatabaseTime;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class BudgetService {

    private final BudgetRepository budget;
    private final CampaignService campaigns;
    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final Clock clock;

    BudgetService(
            BudgetRepository budget,
            CampaignService campaigns,
            WorkspaceService workspaces,
            WorkspaceAccess access,
            Clock clock) {
        this.budget = budget;
        this.campaigns = campaigns;
        this.workspaces = workspaces;
        this.access = access;
        this.clock = clock;
    }

    public Uni<BudgetLineView> create(String workspaceId, String campaignId, BudgetLineInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> budget.insert(
                        TimeOrderedIds.next(),
                        ws,
                        Ids.parse("campaignId", campaignId),
                        input,
                        supplierId(input),
                        DatabaseTime.now(clock)))
                .onFailure()
                .transform(DatabaseErrors::asUnknownReference);
    }

    /** Replaces the line's fields (not its campaign). */
    public Uni<BudgetLineView> update(String workspaceId, String id, BudgetLineInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> budget.update(ws, Ids.parse("id", id), input, supplierId(input)))
                .onFailure()
                .transform(DatabaseErrors::asUnknownReference)
                .onItem()
                .ifNull()
                .failWith(() -> noSuchLine("id"));
    }

    /** Deletes the line; answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            UUID lineId = Ids.parse("id", id);
            return budget.delete(ws, lineId).map(deleted -> {
                if (!deleted) {
                    throw noSuchLine("id");
                }
                return lineId;
            });
        });
    }

    /** A budget line the caller may read; {@code NOT_FOUND} on {@code lineId} otherwise. */
    public Uni<BudgetLineView> line(String workspaceId, String lineId) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> budget.line(ws, Ids.parse("lineId", lineId)))
                .onItem()
                .ifNull()
                .failWith(() -> noSuchLine("lineId"));
    }

    /**
     * Gives the line this supplier (of the same workspace: {@code NOT_FOUND} on {@code supplierId} otherwise) and,
     * unless {@code planned} is null, this planned amount: picking a supplier for a line fills it.
     */
    public Uni<BudgetLineView> assignSupplier(
            String workspaceId, String lineId, String supplierId, BigDecimal planned) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> budget.assignSupplier(
                        ws, Ids.parse("lineId", lineId), Ids.parse("supplierId", supplierId), planned))
                .onFailure()
                .transform(DatabaseErrors::asUnknownReference)
                .onItem()
                .ifNull()
                .failWith(() -> noSuchLine("lineId"));
    }

    /** The campaign's budget, once the caller may read its workspace. */
    public Uni<CampaignBudget> budget(String workspaceId, String campaignId) {
        return campaigns
                .checked(workspaceId, campaignId, "campaignId", WorkspacePermission.READ)
                .chain(campaign -> budgets(List.of(campaign)))
                .map(list -> list.get(0));
    }

    /** The budgets of campaigns the caller was let to read, in their order: three statements for any number. */
    Uni<List<CampaignBudget>> budgets(List<CampaignView> of) {
        Collection<UUID> ids = Batches.keys(of, CampaignView::id);
        Collection<UUID> workspaceIds = Batches.keys(of, CampaignView::workspaceId);
        return Uni.combine()
                .all()
                .unis(budget.byCategory(ids), budget.programmes(ids), workspaces.currencies(workspaceIds))
                .with((sums, programmes, currencies) -> {
                    Map<UUID, List<CategorySums>> byCampaign =
                            sums.stream().collect(Collectors.groupingBy(CategorySums::campaignId));
                    return of.stream()
                            .map(campaign -> {
                                List<CategoryBudget> categories =
                                        byCampaign.getOrDefault(campaign.id(), List.of()).stream()
                                                .sorted(Comparator.comparing(CategorySums::category))
                                                .map(sum -> new CategoryBudget(sum.category(), sum.totals()))
                                                .toList();
                                BudgetTotals own = categories.stream()
                                        .map(CategoryBudget::totals)
                                        .reduce(BudgetTotals.NONE, BudgetTotals::plus);
                                return new CampaignBudget(
                                        campaign.id(),
                                        currencies.get(campaign.workspaceId()),
                                        own,
                                        categories,
                                        programmes.getOrDefault(campaign.id(), BudgetTotals.NONE));
                            })
                            .toList();
                });
    }

    /** Each budget's lines, oldest first. */
    Uni<List<List<BudgetLineView>>> lines(List<CampaignBudget> budgets) {
        return budget.lines(Batches.keys(budgets, CampaignBudget::campaignId)).map(lines -> {
            Map<UUID, List<BudgetLineView>> byCampaign =
                    lines.stream().collect(Collectors.groupingBy(BudgetLineView::campaignId));
            return budgets.stream()
                    .map(each -> byCampaign.getOrDefault(each.campaignId(), List.of()))
                    .toList();
        });
    }

    private static UUID supplierId(BudgetLineInput input) {
        return input.supplierId() == null ? null : Ids.parse("supplierId", input.supplierId());
    }

    private static InvalidInput noSuchLine(String argument) {
        return new InvalidInput(argument, Reason.NOT_FOUND, "no such budget line in this workspace");
    }
}
