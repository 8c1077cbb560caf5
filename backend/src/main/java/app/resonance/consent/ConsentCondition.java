package app.resonance.consent;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The contact's consent on a channel is in this state (UNKNOWN: never given nor withdrawn).")
public record ConsentCondition(
        @NonNull ConsentChannel channel, @NonNull ConsentState state) {}
