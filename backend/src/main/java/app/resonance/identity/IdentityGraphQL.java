package app.resonance.identity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.security.Authenticated;

@GraphQLApi
@Authenticated
public class IdentityGraphQL {

    private final CurrentUser currentUser;

    IdentityGraphQL(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Query("me")
    @Description("The signed-in user.")
    public @NonNull MeView me() {
        return new MeView(currentUser.username(), currentUser.roles());
    }
}
