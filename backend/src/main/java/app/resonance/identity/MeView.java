package app.resonance.identity;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Me")
@Description("The signed-in user.")
public record MeView(
        @NonNull String username,

        @NonNull @Description("Realm roles: admin, analyst, viewer (admin implies analyst implies viewer).")
        List<@NonNull String> roles) {}
