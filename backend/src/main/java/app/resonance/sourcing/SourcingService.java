package app.resonance.sourcing;

import app.resonance.budget.BudgetLineView;
import app.resonance.budget.BudgetService;
import app.resonance.budget.CampaignBudget;
import app.resonance.budget.CategoryBudget;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.supplier.BudgetCategory;
import app.resonance.supplier.QuoteService;
import app.resonance.supplier.SupplierChoiceService;
import app.resonance.supplier.SupplierRankingView;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

@ApplicationScoped
public class SourcingService {

    private final SupplierChoiceService choice;
    private final QuoteService quotes;
    private final BudgetService budgets;
    private final WorkspaceAccess access;

    SourcingService(SupplierChoiceService choice, QuoteService quotes, BudgetService budgets, WorkspaceAccess access) {
        this.choice = choice;
        this.quotes = quotes;
        this.budgets = budgets;
        this.access = access;
    }

    /**
     * The suppliers offering the category whose quote fits the amount; without an amount, what the campaign's lines
     * of the category have left (planned − actual); the best {@code first}.
     */
    public Uni<SupplierRankingView> ranking(
            String workspaceId, String campaignId, BudgetCategory category, BigDecimal amount, int first) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            if (amount != null) {
                return choice.ranking(ws, category, amount, first);
            }
            if (campaignId == null || campaignId.isBlank()) {
                throw new InvalidInput("amount", Reason.MISSING, "give an amount, or a campaign to take it from");
            }
            return budgets.budget(workspaceId, campaignId)
                    .map(budget -> remaining(budget, category))
                    .chain(left -> choice.ranking(ws, category, left, first));
        });
    }

    /**
     * Gives the budget line the supplier, and the supplier's quote for the line's category as its planned amount
     * (the plan stays without a quote).
     */
    public Uni<BudgetLineView> pick(String workspaceId, String budgetLineId, String supplierId) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> budgets.line(workspaceId, budgetLineId)
                        .chain(line -> quotes.quoteFor(ws, supplierId, line.category())))
                .chain(quote -> budgets.assignSupplier(workspaceId, budgetLineId, supplierId, quote));
    }

    private static BigDecimal remaining(CampaignBudget budget, BudgetCategory category) {
        return budget.byCategory().stream()
                .filter(each -> each.category() == category)
                .map(CategoryBudget::totals)
                .findFirst()
                .orElseThrow(() -> new InvalidInput(
                        "amount", Reason.MISSING, category.name(), "the campaign has no budget line of this category"))
                .remaining();
    }
}
