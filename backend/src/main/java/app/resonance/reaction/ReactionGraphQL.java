package app.resonance.reaction;

import app.resonance.alert.AlertView;
import app.resonance.balance.BalanceTrendPoint;
import app.resonance.campaign.CampaignView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class ReactionGraphQL {

    private final ReactionService service;

    ReactionGraphQL(ReactionService service) {
        this.service = service;
    }

    @Mutation("planReaction")
    @Description("A PR_ACTION campaign (DRAFT, starting today, owned by the caller) for the alert's segment and"
            + " channel, linked to the alert with the cell's gap now; one per alert (REACTION_PLANNED).")
    public Uni<@NonNull CampaignView> planReaction(@Id @NonNull String workspaceId, @Id @NonNull String alertId) {
        return service.plan(workspaceId, alertId);
    }

    @Description("The alert this campaign reacts to, when it was planned as a reaction (batched).")
    public Uni<List<CampaignReaction>> reaction(@Source List<CampaignView> campaigns) {
        return service.ofCampaigns(campaigns);
    }

    @Description("The campaign planned as the reaction to this alert, if any (batched).")
    public Uni<List<CampaignView>> reactionCampaign(@Source List<AlertView> alerts) {
        return service.campaignsOf(alerts);
    }

    @NonNull
    @Description("The cell day by day (UTC) since the day the reaction began, up to today: did it restore the"
            + " balance? For one campaign's page: each reaction reads its own series.")
    public Uni<List<@NonNull BalanceTrendPoint>> balanceSince(@Source CampaignReaction reaction) {
        return service.balanceSince(reaction);
    }

    @NonNull
    @Description("The cell over the alert window now, against when the reaction began.")
    public Uni<ReactionProgress> progress(@Source CampaignReaction reaction) {
        return service.progress(reaction);
    }
}
