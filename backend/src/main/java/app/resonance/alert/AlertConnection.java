package app.resonance.alert;

import app.resonance.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of alerts in the order asked for (Relay connection).")
public record AlertConnection(
        @NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo) {

    @Name("AlertEdge")
    public record Edge(@NonNull String cursor, @NonNull AlertView node) {}
}
