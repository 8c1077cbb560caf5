package app.resonance.contact;

import app.resonance.consent.ConsentChannel;
import app.resonance.consent.ConsentState;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ConsentCondition")
public record ConsentCondition(
        @NonNull ConsentChannel channel, @NonNull ConsentState state) {}
