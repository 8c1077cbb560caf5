package app.resonance.campaign;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class CampaignGraphQL {

    private final CampaignService service;

    CampaignGraphQL(CampaignService service) {
        this.service = service;
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
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull CampaignStatus status) {
        return service.changeStatus(workspaceId, id, status);
    }
}
