package app.resonance.budget;

import app.resonance.supplier.BudgetCategory;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CategoryBudget")
public record CategoryBudget(
        @NonNull BudgetCategory category, @NonNull BudgetTotals totals) {}
