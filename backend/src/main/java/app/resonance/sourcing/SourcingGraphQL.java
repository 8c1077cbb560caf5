package app.resonance.sourcing;

import app.resonance.budget.BudgetLineView;
import app.resonance.supplier.BudgetCategory;
import app.resonance.supplier.SupplierRankingView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class SourcingGraphQL {

    private final SourcingService service;

    SourcingGraphQL(SourcingService service) {
        this.service = service;
    }

    @Query("supplierRanking")
    @Description("The suppliers offering the category whose quote is at most the amount, best overall score first,"
            + " with the reasons: scores, quote against the amount, on-time rate and engagements. Without an amount,"
            + " what the campaign's budget lines of the category have left.")
    public Uni<@NonNull SupplierRankingView> supplierRanking(
            @Id @NonNull String workspaceId,
            @Id String campaignId,
            @NonNull BudgetCategory category,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @Description("How many of the best to list, 1–100; 20 by default.") @DefaultValue("20") @Min(1) @Max(100)
                    int first) {
        return service.ranking(workspaceId, campaignId, category, amount, first);
    }

    @Mutation("pickSupplier")
    @Description("Fills the budget line with the supplier: the line's supplier, and its planned amount the supplier's"
            + " quote for the line's category (unchanged without a quote). The supplier must offer the category.")
    public Uni<@NonNull BudgetLineView> pickSupplier(
            @Id @NonNull String workspaceId, @Id @NonNull String budgetLineId, @Id @NonNull String supplierId) {
        return service.pick(workspaceId, budgetLineId, supplierId);
    }
}
