package app.resonance.milestone;

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

@GraphQLApi
@Authenticated
public class MilestoneGraphQL {

    private final MilestoneService service;

    MilestoneGraphQL(MilestoneService service) {
        this.service = service;
    }

    @Query("milestones")
    @Description("The campaign's milestones by due date.")
    public Uni<@NonNull List<@NonNull MilestoneView>> milestones(
            @Id @NonNull String workspaceId, @Id @NonNull String campaignId) {
        return service.ofCampaign(workspaceId, campaignId);
    }

    @Mutation("createMilestone")
    public Uni<@NonNull MilestoneView> createMilestone(
            @Id @NonNull String workspaceId, @Id @NonNull String campaignId, @NonNull @Valid MilestoneInput input) {
        return service.create(workspaceId, campaignId, input);
    }

    @Mutation("updateMilestone")
    public Uni<@NonNull MilestoneView> updateMilestone(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid MilestoneInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("setMilestoneDone")
    @Description("Ticks the milestone off, or (done: false) opens it again.")
    public Uni<@NonNull MilestoneView> setMilestoneDone(
            @Id @NonNull String workspaceId, @Id @NonNull String id, boolean done) {
        return service.setDone(workspaceId, id, done);
    }

    @Mutation("deleteMilestone")
    @Description("Deletes the milestone (its tasks stay with the campaign); answers its id.")
    @Id
    public Uni<@NonNull String> deleteMilestone(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }

    @Mutation("applyMilestoneTemplate")
    @Description("Adds the milestones of the campaign type's template that the campaign lacks (by name), due their"
            + " days from the event date (the start when the campaign has no event), responsible: the campaign's"
            + " owner. Answers all the campaign's milestones. CONFERENCE, EXHIBITION, WEBINAR and MAILING have"
            + " templates.")
    public Uni<@NonNull List<@NonNull MilestoneView>> applyMilestoneTemplate(
            @Id @NonNull String workspaceId, @Id @NonNull String campaignId) {
        return service.applyTemplate(workspaceId, campaignId);
    }
}
