package app.resonance.publication;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import java.util.UUID;

/** An assessment row as stored: a(p, s) and the sentiment; the API shows it as an {@link AssessmentView}. */
public record AssessmentRow(UUID workspaceId, UUID publicationId, UUID segmentId, double impact, Sentiment sentiment) {

    /** The table's columns, the one place that names them. */
    static final Table<AssessmentRow> TABLE = Table.of(
            "assessment",
            column("workspace_id", "uuid", AssessmentRow::workspaceId),
            column("publication_id", "uuid", AssessmentRow::publicationId),
            column("segment_id", "uuid", AssessmentRow::segmentId),
            column("impact", "float8", AssessmentRow::impact),
            column("sentiment", "text", (AssessmentRow a) -> a.sentiment().name()));
}
