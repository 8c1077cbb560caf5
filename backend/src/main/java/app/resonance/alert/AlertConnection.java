package app.resonance.alert;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import app.resonance.common.paging.PageInfo;

@Description("A page of alerts, newest first (Relay connection).")
public record AlertConnection(@NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo) {

    @Name("AlertEdge")
    public record Edge(@NonNull String cursor, @NonNull AlertView node) {
    }
}
