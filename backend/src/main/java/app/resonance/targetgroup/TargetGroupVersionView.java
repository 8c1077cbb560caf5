package app.resonance.targetgroup;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("TargetGroupVersion")
@Description("A rule a target group had: every change of the rule is a new version.")
public record TargetGroupVersionView(
        int version,
        @NonNull Rule rule,

        @NonNull @Description("IANA time zone of the rule's calendar days.")
        String timeZone,

        @NonNull OffsetDateTime createdAt,

        @NonNull @Description("Username of who made this version.")
        String createdBy) {}
