package app.resonance.campaign;

import app.resonance.common.paging.PageInfo;
import app.resonance.common.persistence.SqlConditions;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of campaigns; {@code totalCount} is counted only when asked for. */
public record CampaignConnection(
        @NonNull List<@NonNull CampaignEdge> edges,
        @NonNull PageInfo pageInfo,
        @Ignore SqlConditions query) {

    public record CampaignEdge(
            @NonNull String cursor, @NonNull CampaignView node) {}
}
