package app.resonance.budget;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CampaignBudget")
public record CampaignBudget(
        @Id @NonNull UUID campaignId,

        @NonNull @Description("The workspace's ISO 4217 code; every amount is in it.")
        String currency,

        @NonNull @Description("The campaign's own lines.") BudgetTotals totals,

        @NonNull @Description("Plan against actual per category that has lines, in the categories' order.")
        List<@NonNull CategoryBudget> byCategory,

        @NonNull @Description("The campaign with all its sub-campaigns, at any depth.")
        BudgetTotals programme) {}
