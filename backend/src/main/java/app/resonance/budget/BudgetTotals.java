package app.resonance.budget;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("BudgetTotals")
@Description("Sums of budget lines; remaining = planned − actual, below 0 when overspent.")
public record BudgetTotals(
        @NonNull BigDecimal planned,
        @NonNull BigDecimal actual,
        @NonNull BigDecimal remaining) {

    static final BudgetTotals NONE = of(BigDecimal.ZERO, BigDecimal.ZERO);

    static BudgetTotals of(BigDecimal planned, BigDecimal actual) {
        return new BudgetTotals(planned, actual, planned.subtract(actual));
    }

    BudgetTotals plus(BudgetTotals other) {
        return of(planned.add(other.planned), actual.add(other.actual));
    }
}
