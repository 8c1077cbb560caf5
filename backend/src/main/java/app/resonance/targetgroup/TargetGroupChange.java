package app.resonance.targetgroup;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A contact who joined or left a target group, on the day it was recorded.")
public record TargetGroupChange(
        @NonNull LocalDate day,
        @NonNull TargetGroupChangeKind kind,
        @Id @NonNull UUID contactId,
        @NonNull String firstName,
        @NonNull String lastName,
        @NonNull String email,
        @Description("The contact's company, if any.") String companyName) {}
