package app.resonance.consent;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ConsentChange")
public record ConsentChangeView(
        @NonNull ConsentChannel channel,
        @NonNull ConsentState state,
        @NonNull String source,
        @NonNull OffsetDateTime changedAt,
        @NonNull String changedBy) {}
