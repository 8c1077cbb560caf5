package app.resonance.publication;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
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
        String externalId) {

    /** The table's columns, the one place that names them. */
    static final Table<PublicationRow> TABLE = Table.of(
            "publication",
            column("id", "uuid", PublicationRow::id),
            column("workspace_id", "uuid", PublicationRow::workspaceId),
            column("brand_id", "uuid", PublicationRow::brandId),
            column("channel_id", "uuid", PublicationRow::channelId),
            column("title", "text", PublicationRow::title),
            column("url", "text", PublicationRow::url),
            column("author", "text", PublicationRow::author),
            column("published_at", "timestamptz", PublicationRow::publishedAt),
            column("weight", "float8", PublicationRow::weight),
            column("external_id", "text", PublicationRow::externalId));
}
