package app.resonance.supplier;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SupplierRanking")
@Description("The suppliers offering a service whose quote fits an amount, best overall score first (suppliers"
        + " without a rating after those with one; ties by the lower quote, then by name).")
public record SupplierRankingView(
        @NonNull BudgetCategory category,

        @NonNull @Description("The amount the quotes had to fit.")
        BigDecimal amount,

        @NonNull @Description("The best of them, as many as asked for.")
        List<@NonNull RankedSupplierView> suppliers,

        @Description("Suppliers offering the service whose quote fits the amount.")
        int fitting,

        @Description("Suppliers offering the service whose quote is above the amount.")
        int overBudget,

        @Description("Suppliers offering the service without a quote for it.")
        int withoutQuote) {}
