package app.resonance.segment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class SegmentGraphQL {

    private final SegmentService service;

    SegmentGraphQL(SegmentService service) {
        this.service = service;
    }

    @Query("segments")
    @Description("The workspace's target audiences, by name.")
    public Uni<@NonNull List<@NonNull SegmentView>> segments(@Id @NonNull String workspaceId) {
        return service.rows().list(workspaceId);
    }

    @Mutation("createSegment")
    public Uni<@NonNull SegmentView> createSegment(
            @Id @NonNull String workspaceId, @NonNull @Valid SegmentInput input) {
        return service.rows().create(workspaceId, input);
    }

    @Mutation("updateSegment")
    public Uni<@NonNull SegmentView> updateSegment(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid SegmentInput input) {
        return service.rows().update(workspaceId, id, input);
    }

    @Mutation("deleteSegment")
    @Description("Deletes the segment with its channel weights and publication assessments; answers its id.")
    @Id
    public Uni<@NonNull String> deleteSegment(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.rows().delete(workspaceId, id).map(Object::toString);
    }
}
