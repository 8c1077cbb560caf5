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

    // Batched resolvers key their parents by these: the id is enough, hashing every field is not.
    @Override
    public boolean equals(Object other) {
        return other instanceof PublicationView publication && publication.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
