package app.resonance.reaction;

import app.resonance.campaign.CampaignCompletion;
import app.resonance.campaign.CampaignView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Completing a reaction campaign resolves its alert (when the caller asks for it). */
@ApplicationScoped
public class AlertResolution implements CampaignCompletion {

    private final ReactionService reactions;

    AlertResolution(ReactionService reactions) {
        this.reactions = reactions;
    }

    @Override
    public Uni<Void> resolveAlert(String workspaceId, CampaignView campaign) {
        return reactions.resolveAlert(workspaceId, campaign);
    }
}
