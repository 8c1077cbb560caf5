package app.resonance.targetgroup;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("TargetGroup")
@Description("A group of contacts a campaign addresses: (its current rule ∪ manual includes) − manual excludes.")
public record TargetGroupView(
        @Id @NonNull UUID id,
        @NonNull String name,
        @NonNull String description,
        @NonNull OffsetDateTime createdAt,
        @NonNull String createdBy,
        @Description("The current version of the rule.") int version,
        @NonNull Rule rule,

        @NonNull @Description("IANA time zone of the rule's calendar days.")
        String timeZone,

        @NonNull @Description("When the current version was made.")
        OffsetDateTime changedAt,

        @NonNull @Description("Who made the current version.")
        String changedBy,

        @Ignore UUID workspaceId) {}
