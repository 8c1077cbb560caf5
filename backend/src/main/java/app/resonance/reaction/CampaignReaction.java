package app.resonance.reaction;

import app.resonance.balance.Urgency;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CampaignReaction")
@Description("The alert a PR_ACTION campaign reacts to, and its cell as it was when the reaction was planned.")
public record CampaignReaction(
        @Ignore UUID workspaceId,
        @Id @NonNull UUID campaignId,
        @Id long alertId,
        @Id @NonNull UUID segmentId,
        @Id @NonNull UUID channelId,

        @Description("g of the cell over the alert window when the reaction was planned.")
        double gapAtStart,

        @NonNull Urgency urgencyAtStart,
        @NonNull OffsetDateTime startedAt) {}
