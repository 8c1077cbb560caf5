package app.resonance.publication;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Publication")
public record PublicationView(
        @Id @NonNull UUID id,
        @Ignore UUID workspaceId,
        @Ignore UUID brandId,
        @Ignore UUID channelId,
        @NonNull String title,
        String url,
        String author,
        @NonNull OffsetDateTime publishedAt,
        double weight,
        String externalId) {
}
