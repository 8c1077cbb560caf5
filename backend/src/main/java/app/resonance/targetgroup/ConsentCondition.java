package app.resonance.targetgroup;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The contact's consent on a channel is in this state (UNKNOWN: never given nor withdrawn).")
public record ConsentCondition(
        @NonNull Channel channel, @NonNull State state) {

    @Enum("ConsentChannel")
    public enum Channel {
        EMAIL,
        SMS,
        PHONE,
        POST
    }

    @Enum("ConsentState")
    public enum State {
        GRANTED,
        WITHDRAWN,
        UNKNOWN
    }
}
