package app.resonance.publication;

import java.util.UUID;

/** An assessment row as stored: a(p, s) and the sentiment; the API shows it as an {@link AssessmentView}. */
public record AssessmentRow(UUID workspaceId, UUID publicationId, UUID segmentId, double impact, Sentiment sentiment) {}
