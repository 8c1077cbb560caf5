package app.resonance.purchase;

import app.resonance.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of purchases, the latest first. */
public record PurchaseConnection(
        @NonNull List<@NonNull PurchaseEdge> edges, @NonNull PageInfo pageInfo) {

    public record PurchaseEdge(
            @NonNull String cursor, @NonNull PurchaseView node) {}
}
