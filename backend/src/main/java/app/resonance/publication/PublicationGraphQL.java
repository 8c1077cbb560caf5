package app.resonance.publication;

import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.resonance.brand.BrandService;
import app.resonance.brand.BrandView;
import app.resonance.channel.ChannelService;
import app.resonance.channel.ChannelView;
import app.resonance.common.graphql.Batches;
import app.resonance.segment.SegmentService;
import app.resonance.segment.SegmentView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Publications for the SPA and third parties. Nested fields resolve per level in one query for
 * all parents of that level ({@code @Source List}), never per row.
 */
@GraphQLApi
@Authenticated
public class PublicationGraphQL {

    private final PublicationService service;
    private final BrandService brands;
    private final ChannelService channels;
    private final SegmentService segments;

    PublicationGraphQL(PublicationService service, BrandService brands, ChannelService channels, SegmentService segments) {
        this.service = service;
        this.brands = brands;
        this.channels = channels;
        this.segments = segments;
    }

    @Query("publications")
    @Description("A page of the workspace's publications (Relay connection): first ≤ 500, default 50.")
    public Uni<@NonNull PublicationConnection> publications(@Id @NonNull String workspaceId, @Valid PublicationFilter filter,
            Integer first, String after, @DefaultValue("PUBLISHED_AT_DESC") PublicationOrder orderBy) {
        return service.page(workspaceId, filter, first, after, orderBy);
    }

    @NonNull
    @Description("How many publications the filter selects (all pages).")
    public Uni<List<@NonNull Integer>> totalCount(@Source List<PublicationConnection> connections) {
        return Uni.join().all(connections.stream().map(service::count).toList()).andFailFast()
                .map(counts -> counts.stream().map(Long::intValue).toList());
    }

    @Query("publication")
    public Uni<@NonNull PublicationView> publication(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.get(workspaceId, id);
    }

    @Query("publicationStats")
    @Description("Publications and impact per time bucket and group: the reports by time and quantity.")
    public Uni<@NonNull List<@NonNull StatsRow>> publicationStats(@Id @NonNull String workspaceId,
            @Valid PublicationFilter filter, @NonNull StatsBucket bucket, @NonNull StatsGroup groupBy,
            @DefaultValue("UTC") @Description("IANA time zone of the buckets, e.g. Europe/Warsaw.") String timeZone) {
        return service.stats(workspaceId, filter, bucket, groupBy, timeZone);
    }

    @Mutation("createPublication")
    public Uni<@NonNull PublicationView> createPublication(@Id @NonNull String workspaceId,
            @NonNull @Valid PublicationInput input) {
        return service.create(workspaceId, input);
    }

    @Mutation("updatePublication")
    @Description("Replaces the publication and all its assessments.")
    public Uni<@NonNull PublicationView> updatePublication(@Id @NonNull String workspaceId, @Id @NonNull String id,
            @NonNull @Valid PublicationInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("deletePublication")
    @Id
    public Uni<@NonNull String> deletePublication(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }

    @NonNull
    public Uni<List<@NonNull BrandView>> brand(@Source List<PublicationView> publications) {
        return brands.views(publications.get(0).workspaceId(), Batches.keys(publications, PublicationView::brandId))
                .map(found -> Batches.align(publications, PublicationView::brandId, found, BrandView::id));
    }

    @NonNull
    public Uni<List<@NonNull ChannelView>> channel(@Source List<PublicationView> publications) {
        return channels.views(publications.get(0).workspaceId(), Batches.keys(publications, PublicationView::channelId))
                .map(found -> Batches.align(publications, PublicationView::channelId, found, ChannelView::id));
    }

    @NonNull
    @Description("Per segment: impact a(p, s) and sentiment; by segment name.")
    public Uni<List<@NonNull List<@NonNull AssessmentView>>> assessments(@Source List<PublicationView> publications) {
        return service.assessments(publications);
    }

    @NonNull
    public Uni<List<@NonNull SegmentView>> segment(@Source List<AssessmentView> assessments) {
        return segments.views(assessments.get(0).workspaceId(), Batches.keys(assessments, AssessmentView::segmentId))
                .map(found -> Batches.align(assessments, AssessmentView::segmentId, found, SegmentView::id));
    }
}
