package app.resonance.budget;

import app.resonance.campaign.CampaignView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class BudgetGraphQL {

    private final BudgetService service;

    BudgetGraphQL(BudgetService service) {
        this.service = service;
    }

    @Query("campaignBudget")
    @Description("The campaign's budget: totals, plan against actual by category, the programme's totals, lines.")
    public Uni<@NonNull CampaignBudget> campaignBudget(
            @Id @NonNull String workspaceId, @Id @NonNull String campaignId) {
        return service.budget(workspaceId, campaignId);
    }

    @NonNull
    @Description("The campaign's budget (batched: three statements for a whole page of campaigns).")
    public Uni<List<@NonNull CampaignBudget>> budget(@Source List<CampaignView> campaigns) {
        return service.budgets(campaigns);
    }

    @NonNull
    @Description("The campaign's own lines, oldest first.")
    public Uni<List<@NonNull List<@NonNull BudgetLineView>>> lines(@Source List<CampaignBudget> budgets) {
        return service.lines(budgets);
    }

    @Mutation("createBudgetLine")
    public Uni<@NonNull BudgetLineView> createBudgetLine(
            @Id @NonNull String workspaceId, @Id @NonNull String campaignId, @NonNull @Valid BudgetLineInput input) {
        return service.create(workspaceId, campaignId, input);
    }

    @Mutation("updateBudgetLine")
    @Description("Replaces the line's fields; it stays with its campaign.")
    public Uni<@NonNull BudgetLineView> updateBudgetLine(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid BudgetLineInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("deleteBudgetLine")
    @Description("Deletes the line; answers its id.")
    @Id
    public Uni<@NonNull String> deleteBudgetLine(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }
}
