package app.resonance.alert;

import app.resonance.balance.Urgency;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Alert")
@Description("A cell whose urgency over the alert window changed. Ids grow in the order alerts were stored.")
public record AlertView(
        @Id long id,
        @Id @NonNull UUID workspaceId,
        @Id @NonNull UUID segmentId,
        @Id @NonNull UUID channelId,
        @NonNull Urgency oldUrgency,
        @NonNull Urgency newUrgency,

        @Description("g of the cell when the alert was raised")
        double gap,

        @Id @Description("The publication whose write changed the cell, when one did")
        UUID publicationId,

        @NonNull OffsetDateTime raisedAt,
        @NonNull AlertState state,
        String assignee,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt,
        String resolvedBy,
        OffsetDateTime resolvedAt,
        String resolution,

        @Description("Closed by the app because its cell fell back to NONE on its own (resolvedBy is null)")
        boolean autoResolved) {}
