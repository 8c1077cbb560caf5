package app.resonance.timeline;

import app.resonance.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of a record's timeline, newest first. */
@Name("TimelineConnection")
public record TimelineConnection(
        @NonNull List<@NonNull TimelineEdge> edges, @NonNull PageInfo pageInfo) {

    @Name("TimelineEdge")
    public record TimelineEdge(
            @NonNull String cursor, @NonNull TimelineEntryView node) {}
}
