package app.resonance.publication;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Publications for the SPA and third parties. The relations a query selects (brand, channel,
 * assessments and their segments) are read with the publications, for all of them at once, never
 * per row; they reach GraphQL as plain values ({@link PublicationView}).
 */
@GraphQLApi
@Authenticated
public class PublicationGraphQL {

    private final PublicationService service;
    private final Context context;

    PublicationGraphQL(PublicationService service, Context context) {
        this.service = service;
        this.context = context;
    }

    @Query("publications")
    @Description("A page of the workspace's publications (Relay connection): first ≤ 500, default 50.")
    public Uni<@NonNull PublicationConnection> publications(
            @Id @NonNull String workspaceId,
            @Valid PublicationFilter filter,
            Integer first,
            String after,
            @DefaultValue("PUBLISHED_AT_DESC") PublicationOrder orderBy) {
        return service.page(workspaceId, filter, first, after, orderBy, selected("edges/node/"));
    }

    @NonNull
    @Description("How many publications the filter selects (all pages).")
    public Uni<List<@NonNull Integer>> totalCount(@Source List<PublicationConnection> connections) {
        return Uni.join()
                .all(connections.stream().map(service::count).toList())
                .andFailFast()
                .map(counts -> counts.stream().map(Long::intValue).toList());
    }

    @Query("publication")
    public Uni<@NonNull PublicationView> publication(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.get(workspaceId, id, selected(""));
    }

    @Query("publicationStats")
    @Description("Publications and impact per time bucket and group: the reports by time and quantity.")
    public Uni<@NonNull List<@NonNull StatsRow>> publicationStats(
            @Id @NonNull String workspaceId,
            @Valid PublicationFilter filter,
            @NonNull StatsBucket bucket,
            @NonNull StatsGroup groupBy,
            @DefaultValue("UTC") @Description("IANA time zone of the buckets, e.g. Europe/Warsaw.") String timeZone) {
        return service.stats(workspaceId, filter, bucket, groupBy, timeZone);
    }

    @Mutation("createPublication")
    public Uni<@NonNull PublicationView> createPublication(
            @Id @NonNull String workspaceId, @NonNull @Valid PublicationInput input) {
        return service.create(workspaceId, input, selected(""));
    }

    @Mutation("updatePublication")
    @Description("Replaces the publication and all its assessments.")
    public Uni<@NonNull PublicationView> updatePublication(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid PublicationInput input) {
        return service.update(workspaceId, id, input, selected(""));
    }

    @Mutation("deletePublication")
    @Id
    public Uni<@NonNull String> deletePublication(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }

    /** The relations of the publications this field returns that its query selects, below {@code path}. */
    private PublicationRelations selected(String path) {
        return PublicationRelations.selected(
                context.unwrap(DataFetchingEnvironment.class).getSelectionSet(), path);
    }
}
