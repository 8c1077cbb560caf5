package app.resonance.contact;

import app.resonance.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of suspected duplicate pairs. */
public record ContactDuplicateConnection(
        @NonNull List<@NonNull ContactDuplicateEdge> edges,
        @NonNull PageInfo pageInfo) {

    public record ContactDuplicateEdge(
            @NonNull String cursor, @NonNull ContactDuplicateView node) {}
}
