package app.resonance.publication;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AssessmentInput")
public record AssessmentInput(
        @Id @NonNull String segmentId,

        @Description("a(p, s) in [0, 1]; defaults to the publication's weight.") @DecimalMin("0") @DecimalMax("1")
        Double impact,

        @NonNull @NotNull Sentiment sentiment) {}
