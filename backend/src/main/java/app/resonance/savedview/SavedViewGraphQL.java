package app.resonance.savedview;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class SavedViewGraphQL {

    private final SavedViewService service;

    SavedViewGraphQL(SavedViewService service) {
        this.service = service;
    }

    @Query("savedViews")
    @Description("The signed-in member's saved views of the screen, by name.")
    public Uni<@NonNull List<@NonNull SavedViewView>> savedViews(
            @Id @NonNull String workspaceId, @NonNull @Pattern(regexp = "^[a-z][a-z0-9-]{0,39}$") String screen) {
        return service.list(workspaceId, screen);
    }

    @Mutation("createSavedView")
    @Description("Saves the state of a screen under a name for the signed-in member.")
    public Uni<@NonNull SavedViewView> createSavedView(
            @Id @NonNull String workspaceId, @NonNull @Valid SavedViewInput input) {
        return service.create(workspaceId, input);
    }

    @Mutation("deleteSavedView")
    @Description("Deletes one of the signed-in member's saved views; answers its id.")
    @Id
    public Uni<@NonNull String> deleteSavedView(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }
}
