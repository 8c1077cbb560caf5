package app.resonance.targetgroup;

import app.resonance.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of a target group's members, in the order the contacts were created (their ids). */
public record TargetGroupMemberConnection(
        @NonNull List<@NonNull TargetGroupMemberEdge> edges,
        @NonNull PageInfo pageInfo) {

    public record TargetGroupMemberEdge(
            @NonNull String cursor, @NonNull TargetGroupMember node) {}
}
