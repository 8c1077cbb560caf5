package app.resonance.company;

import app.resonance.common.paging.PageInfo;
import app.resonance.common.persistence.SqlConditions;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of companies; {@code totalCount} is counted only when asked for. */
public record CompanyConnection(
        @NonNull List<@NonNull CompanyEdge> edges,
        @NonNull PageInfo pageInfo,
        @Ignore SqlConditions query) {

    public record CompanyEdge(
            @NonNull String cursor, @NonNull CompanyView node) {}
}
