package app.resonance.consent;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Consent")
@Description("A contact's consent on one channel as it stands; source, time and who are null while UNKNOWN.")
public record ConsentView(
        @NonNull ConsentChannel channel,
        @NonNull ConsentState state,
        String source,
        OffsetDateTime changedAt,
        String changedBy) {

    static ConsentView unknown(ConsentChannel channel) {
        return new ConsentView(channel, ConsentState.UNKNOWN, null, null, null);
    }
}
