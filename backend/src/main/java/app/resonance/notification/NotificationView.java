package app.resonance.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Notification")
@Description("A milestone of the recipient's that comes due soon or is overdue. Ids grow in the order they were"
        + " stored.")
public record NotificationView(
        @Id long id,
        @Id @NonNull UUID workspaceId,
        @NonNull String recipient,
        @NonNull NotificationKind kind,
        @Id @NonNull UUID milestoneId,
        @NonNull String milestoneName,
        @Id @NonNull UUID campaignId,
        @NonNull String campaignName,

        @NonNull @Description("The milestone's due date when it was raised.")
        LocalDate dueOn,

        @NonNull OffsetDateTime raisedAt,
        OffsetDateTime readAt) {}
