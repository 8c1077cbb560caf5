package app.resonance.supplier;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RatingCriterionInput")
@StorableText
public record RatingCriterionInput(
        @Id @Description("A criterion the workspace has (its scores stay); none for a new one.")
        String id,

        @NonNull @NotBlank @Size(max = 100) String name,

        @NonNull
        @NotNull
        @DecimalMin("0")
        @DecimalMax("1000")
        @Digits(integer = 4, fraction = 2)
        @Description("Relative weight in the overall score, 0 to 1000; 0 keeps the criterion out of it.")
        BigDecimal weight) {}
