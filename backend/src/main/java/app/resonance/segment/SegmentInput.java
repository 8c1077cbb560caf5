package app.resonance.segment;

import app.resonance.common.persistence.NamedInput;
import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SegmentInput")
@StorableText
public record SegmentInput(
        @NonNull @NotBlank @Size(max = NAME_MAX) String name,

        @Description("Who the audience is.") @Size(max = TEXT_MAX)
        String profile,

        @Description("Why the audience matters for the media response.") @Size(max = TEXT_MAX)
        String significance,

        @NonNull @NotNull Immersion immersion,

        @NonNull @Description("r in [0, 1]: how strongly the audience reacts.") @DecimalMin("0") @DecimalMax("1")
        double reactionWeight)
        implements NamedInput {

    /** Characters of a name (the import checks the same). */
    public static final int NAME_MAX = 100;

    /** Characters of the profile and the significance. */
    public static final int TEXT_MAX = 4000;
}
