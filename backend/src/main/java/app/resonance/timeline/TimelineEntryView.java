package app.resonance.timeline;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("TimelineEntry")
public record TimelineEntryView(
        @Id @NonNull UUID id,
        @NonNull OffsetDateTime at,

        @NonNull @Description("CREATED, UPDATED, CONSENT_CHANGED; more kinds come as features write back.")
        String kind,

        @NonNull @Description("The username of who made the change.")
        String actor,

        @NonNull
        @Description("A JSON object whose keys depend on the kind: UPDATED {fields: [changed field names]},"
                + " CONSENT_CHANGED {channel, from, to, source}.")
        String details) {}
