package app.resonance.targetgroup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A target group's record of one day: its size and who joined and left since the record before.")
public record TargetGroupDay(
        @Id @NonNull UUID targetGroupId,
        @NonNull LocalDate day,
        @Description("Members when the day was recorded.") int size,

        @Description("Contacts who became members since the record before (all members on the first record).")
        int joined,

        @Description("Contacts who stopped being members since the record before, deleted contacts among them.")
        int left,

        @NonNull OffsetDateTime recordedAt) {}
