package app.resonance.supplier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EngagementScoreInput")
public record EngagementScoreInput(
        @Id @NonNull @NotNull String criterionId,

        @NonNull
        @NotNull
        @Min(SupplierScoring.LOWEST_SCORE)
        @Max(SupplierScoring.HIGHEST_SCORE)
        @Description("From 1 (poor) to 5 (excellent).")
        Integer score) {}
