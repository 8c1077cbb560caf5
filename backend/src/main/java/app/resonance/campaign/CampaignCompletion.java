package app.resonance.campaign;

import io.smallrye.mutiny.Uni;

/**
 * What completing a campaign may do beyond its status, implemented by the feature that knows (the reaction
 * feature resolves the alert a reaction campaign answered); an interface here, so that campaigns depend on no
 * feature built on them.
 */
public interface CampaignCompletion {

    /** Resolves the alert the completed campaign reacted to, unless it has none or it is resolved already. */
    Uni<Void> resolveAlert(String workspaceId, CampaignView campaign);
}
