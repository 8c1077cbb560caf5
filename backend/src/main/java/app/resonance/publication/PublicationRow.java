package app.resonance.publication;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A publication row as stored; the API shows it as a {@link PublicationView}. */
public record PublicationRow(
        UUID id,
        UUID workspaceId,
        UUID brandId,
        UUID channelId,
        String title,
        String url,
        String author,
        OffsetDateTime publishedAt,
        double weight,
        String externalId) {}
