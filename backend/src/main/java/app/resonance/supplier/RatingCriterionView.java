package app.resonance.supplier;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("RatingCriterion")
public record RatingCriterionView(
        @Id @NonNull UUID id,
        @NonNull String name,

        @Description("Set while the criterion is one of the defaults under its default name.")
        RatingPreset preset,

        @NonNull @Description("Its share of the overall score is its weight over the sum of all weights.")
        BigDecimal weight) {}
