package app.resonance.targetgroup;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A target group as stored, with its current version (the rule as stored JSON). */
record TargetGroupRow(
        UUID id,
        UUID workspaceId,
        String name,
        String description,
        OffsetDateTime createdAt,
        String createdBy,
        int version,
        String rule,
        String timeZone,
        OffsetDateTime changedAt,
        String changedBy) {}
