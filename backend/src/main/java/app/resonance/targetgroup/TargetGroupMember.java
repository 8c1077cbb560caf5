package app.resonance.targetgroup;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A contact in a target group.")
public record TargetGroupMember(
        @Id @NonNull UUID id,
        @NonNull String firstName,
        @NonNull String lastName,
        @NonNull String email,
        @Description("The contact's company, if any.") String companyName,

        @Description("Included by hand (whatever the rule says).")
        boolean includedManually) {}
