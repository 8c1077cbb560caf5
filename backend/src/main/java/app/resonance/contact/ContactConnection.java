package app.resonance.contact;

import app.resonance.common.paging.PageInfo;
import app.resonance.common.persistence.SqlConditions;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of contacts; {@code totalCount} is counted only when asked for. */
public record ContactConnection(
        @NonNull List<@NonNull ContactEdge> edges,
        @NonNull PageInfo pageInfo,
        @Ignore SqlConditions query) {

    public record ContactEdge(
            @NonNull String cursor, @NonNull ContactView node) {}
}
