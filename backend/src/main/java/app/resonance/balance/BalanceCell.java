package app.resonance.balance;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One segment × channel cell of the media balance over a window.")
public record BalanceCell(
        @Ignore UUID workspaceId,
        @Id @NonNull UUID segmentId,
        @Id @NonNull UUID channelId,
        @Description("w(s, c)") double weight,
        @Description("P_client") double clientPresence,

        @Description("P_b of each competitor in view, strongest first") @NonNull
        List<@NonNull BrandPresence> competitors,

        @Description("C: the largest P_b among competitors (0 if none)")
        double competitorPressure,

        @Description("g = r(s) × (C − P_client)") double gap,

        @Description("The client's Σ a ÷ all brands' Σ a; null when the cell has no publications")
        Double shareOfVoice,

        @NonNull Urgency urgency,
        @Description("Publications of all brands in view") int publications,
        int clientPublications) {}
