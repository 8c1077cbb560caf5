package app.resonance.publication;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import app.resonance.common.paging.PageInfo;

/** A page of publications; {@code totalCount} is counted only when asked for. */
public record PublicationConnection(@NonNull List<@NonNull PublicationEdge> edges, @NonNull PageInfo pageInfo,
        @Ignore PublicationQuery query) {

    public record PublicationEdge(@NonNull String cursor, @NonNull PublicationNode node) {
    }
}
