package app.resonance.balance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The segment × channel matrix over the UTC days [from, to), rows and columns by name.")
public record MediaBalance(
        @Ignore UUID workspaceId,
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @NonNull BalanceSettings settings,
        @Ignore UUID clientId,
        @Ignore List<UUID> competitorIds,
        @Description("Roll-ups of the rows") @NonNull List<@NonNull SegmentBalance> segments,
        @Description("Roll-ups of the columns") @NonNull List<@NonNull ChannelBalance> channels,
        @Description("Every cell, row by row") @NonNull List<@NonNull BalanceCell> cells) {

    public record SegmentBalance(
            @Ignore UUID workspaceId,
            @Id @NonNull UUID segmentId,
            @NonNull Urgency mostUrgent,

            @Description("Σ of the positive gaps: how much the client has to make up")
            double totalGap,

            @Description("Cells above NONE") int urgentCells) {}

    public record ChannelBalance(
            @Ignore UUID workspaceId,
            @Id @NonNull UUID channelId,
            @NonNull Urgency mostUrgent,

            @Description("Σ of the positive gaps: how much the client has to make up")
            double totalGap,

            @Description("Cells above NONE") int urgentCells) {}
}
