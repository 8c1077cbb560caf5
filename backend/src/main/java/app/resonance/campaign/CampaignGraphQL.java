package app.resonance.campaign;

import app.resonance.common.validation.StorableText;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class CampaignGraphQL {

    private final CampaignService service;

    CampaignGraphQL(CampaignService service) {
        this.service = service;
    }

    @Query("campaigns")
    @Description("A page of the workspace's campaigns (Relay connection): first ≤ 500, default 50; by start date"
            + " unless ordered otherwise (campaigns without a start last).")
    public Uni<@NonNull CampaignConnection> campaigns(
            @Id @NonNull String workspaceId,
            Integer first,
            String after,
            @Description("The start of the name, in any case.") @Size(max = 200) @StorableText String search,
            @Valid CampaignFilter filter,
            @DefaultValue("STARTS_ON_ASC") CampaignOrder orderBy) {
        return service.page(workspaceId, search, filter, first, after, orderBy);
    }

    @NonNull
    @Description("How many campaigns the search and filter select (all pages).")
    public Uni<List<@NonNull Integer>> totalCount(@Source List<CampaignConnection> connections) {
        return Uni.join()
                .all(connections.stream().map(service::count).toList())
                .andFailFast()
                .map(counts -> counts.stream().map(Long::intValue).toList());
    }

    @NonNull
    @Description("The planned figures of the campaign with all its sub-campaigns at any depth (its programme);"
            + " a figure nobody planned is null. Batched: one statement for a whole page.")
    public Uni<List<@NonNull PlannedFigures>> programmePlanned(@Source List<CampaignView> campaigns) {
        return service.programmePlanned(campaigns);
    }

    @Query("campaign")
    public Uni<@NonNull CampaignView> campaign(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.get(workspaceId, id);
    }

    @Mutation("createCampaign")
    @Description("A new campaign, in status DRAFT.")
    public Uni<@NonNull CampaignView> createCampaign(
            @Id @NonNull String workspaceId, @NonNull @Valid CampaignInput input) {
        return service.create(workspaceId, input);
    }

    @Mutation("updateCampaign")
    @Description("Replaces the campaign's fields; its status stays.")
    public Uni<@NonNull CampaignView> updateCampaign(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid CampaignInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("deleteCampaign")
    @Description("Deletes the campaign with its budget and milestones; its sub-campaigns stay, without a parent."
            + " Answers its id.")
    @Id
    public Uni<@NonNull String> deleteCampaign(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }

    @Mutation("changeCampaignStatus")
    @Description("DRAFT → PLANNED → RUNNING → COMPLETED, or CANCELLED from any status but COMPLETED;"
            + " another move is STATUS_NOT_REACHABLE on status.")
    public Uni<@NonNull CampaignView> changeCampaignStatus(
            @Id @NonNull String workspaceId,
            @Id @NonNull String id,
            @NonNull CampaignStatus status,
            @DefaultValue("false")
                    @Description(
                            "On COMPLETED: also resolve the alert the campaign reacted to (planReaction), if open.")
                    boolean resolveAlert) {
        return service.changeStatus(workspaceId, id, status, resolveAlert);
    }
}
