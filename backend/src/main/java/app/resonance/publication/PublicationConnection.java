package app.resonance.publication;

import app.resonance.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of publications; {@code totalCount} is counted only when asked for. */
public record PublicationConnection(
        @NonNull List<@NonNull PublicationEdge> edges,
        @NonNull PageInfo pageInfo,
        @Ignore PublicationQuery query) {

    public record PublicationEdge(
            @NonNull String cursor, @NonNull PublicationView node) {}
}
