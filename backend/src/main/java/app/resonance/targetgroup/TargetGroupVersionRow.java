package app.resonance.targetgroup;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A version of a group's rule as stored (the rule as JSON). */
record TargetGroupVersionRow(
        UUID targetGroupId, int version, String rule, String timeZone, OffsetDateTime createdAt, String createdBy) {}
