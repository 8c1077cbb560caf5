package app.resonance.targetgroup;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A field of the contact's company is any of the values: STATUS (CURRENT, POTENTIAL, FORMER), SIZE "
        + "(MICRO, SMALL, MEDIUM, LARGE), UPSELL_POTENTIAL (LOW, MEDIUM, HIGH), OWNER (usernames); REGION and "
        + "INDUSTRY regardless of case.")
@StorableText
@ListsWithoutNulls
public record CompanyCondition(
        @NonNull Field field, @NonNull List<@NonNull String> anyOf) {

    @Enum("CompanyField")
    public enum Field {
        STATUS(List.of("CURRENT", "POTENTIAL", "FORMER")),
        SIZE(List.of("MICRO", "SMALL", "MEDIUM", "LARGE")),
        UPSELL_POTENTIAL(List.of("LOW", "MEDIUM", "HIGH")),
        REGION(null),
        INDUSTRY(null),
        OWNER(null);

        /** The values the column may hold, or null when it is free text. */
        final List<String> options;

        Field(List<String> options) {
            this.options = options;
        }
    }
}
