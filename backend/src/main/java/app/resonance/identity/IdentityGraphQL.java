package app.resonance.identity;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class IdentityGraphQL {

    private final CurrentUser currentUser;

    IdentityGraphQL(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Query("me")
    @Description("The signed-in user.")
    public Uni<@NonNull MeView> me() {
        return Uni.combine()
                .all()
                .unis(currentUser.username(), currentUser.roles())
                .with(MeView::new);
    }
}
