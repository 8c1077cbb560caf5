package app.resonance.targetgroup;

import app.resonance.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of the contacts who joined (or left) a target group, by day and contact id. */
public record TargetGroupChangeConnection(
        @NonNull List<@NonNull TargetGroupChangeEdge> edges,
        @NonNull PageInfo pageInfo) {

    public record TargetGroupChangeEdge(
            @NonNull String cursor, @NonNull TargetGroupChange node) {}
}
