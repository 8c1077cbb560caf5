package app.resonance.targetgroup;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Target groups over time: size per day, who joined and who left. */
@GraphQLApi
@Authenticated
public class TargetGroupHistoryGraphQL {

    private final TargetGroupHistory history;

    TargetGroupHistoryGraphQL(TargetGroupHistory history) {
        this.history = history;
    }

    @Query("targetGroupHistory")
    @Description("The group's daily records (size, joined, left), oldest first: by default the 90 days up to today;"
            + " at most 3660 days at once. Recorded every night at 02:45 UTC, and by recordTargetGroupHistory.")
    public Uni<@NonNull List<@NonNull TargetGroupDay>> targetGroupHistory(
            @Id @NonNull String workspaceId, @Id @NonNull String id, LocalDate from, LocalDate to) {
        return history.days(workspaceId, id, from, to);
    }

    @Query("targetGroupChanges")
    @Description("The contacts who joined (or left) the group on a recorded day from `since` on, by day then contact"
            + " (Relay connection: first ≤ 500, default 50). A contact who left and came back is listed for each day.")
    public Uni<@NonNull TargetGroupChangeConnection> targetGroupChanges(
            @Id @NonNull String workspaceId,
            @Id @NonNull String id,
            @NonNull TargetGroupChangeKind kind,
            @NonNull LocalDate since,
            Integer first,
            String after) {
        return history.changes(workspaceId, id, kind, since, first, after);
    }

    @Mutation("recordTargetGroupHistory")
    @Description("Records today's membership of every target group of the workspace now; a second record of the day"
            + " adds the changes since the first. Answers today's records.")
    public Uni<@NonNull List<@NonNull TargetGroupDay>> recordTargetGroupHistory(@Id @NonNull String workspaceId) {
        return history.recordToday(workspaceId);
    }
}
