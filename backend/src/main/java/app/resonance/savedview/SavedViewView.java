package app.resonance.savedview;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SavedView")
public record SavedViewView(
        @Id @NonNull UUID id,
        @NonNull String screen,
        @NonNull String name,

        @NonNull @Description("The screen's state as saved: a JSON object.")
        String state,

        @NonNull OffsetDateTime createdAt) {}
