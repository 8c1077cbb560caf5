package app.resonance.supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CriterionScore")
public record CriterionScoreView(
        @NonNull RatingCriterionView criterion,

        @Description("1–5, recent engagements counting more (half-life " + SupplierScoring.HALF_LIFE_DAYS
                + " days); null until an engagement is rated on this criterion.")
        Double score,

        @Description("How many engagements were rated on this criterion.")
        int ratings) {}
