package app.resonance.channel;

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
public class ChannelGraphQL {

    private final ChannelService service;

    ChannelGraphQL(ChannelService service) {
        this.service = service;
    }

    @Query("channels")
    @Description("The workspace's channels, by name.")
    public Uni<@NonNull List<@NonNull ChannelView>> channels(@Id @NonNull String workspaceId) {
        return service.rows().list(workspaceId);
    }

    @Mutation("createChannel")
    public Uni<@NonNull ChannelView> createChannel(
            @Id @NonNull String workspaceId, @NonNull @Valid ChannelInput input) {
        return service.rows().create(workspaceId, input);
    }

    @Mutation("updateChannel")
    public Uni<@NonNull ChannelView> updateChannel(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid ChannelInput input) {
        return service.rows().update(workspaceId, id, input);
    }

    @Mutation("deleteChannel")
    @Description("Deletes a channel that has no publications, with its weights; answers its id.")
    @Id
    public Uni<@NonNull String> deleteChannel(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.rows().delete(workspaceId, id).map(Object::toString);
    }

    @Query("channelWeights")
    @Description("The segment × channel weight matrix w(s, c); pairs not listed weigh 0.")
    public Uni<@NonNull List<@NonNull ChannelWeightView>> channelWeights(@Id @NonNull String workspaceId) {
        return service.weights(workspaceId);
    }

    @Mutation("setChannelWeights")
    @Description("Sets many weights at once (all or nothing) and answers the whole matrix.")
    public Uni<@NonNull List<@NonNull ChannelWeightView>> setChannelWeights(
            @Id @NonNull String workspaceId, @NonNull List<@NonNull @Valid ChannelWeightInput> weights) {
        return service.setWeights(workspaceId, weights);
    }
}
