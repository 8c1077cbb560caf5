package app.resonance.supplier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SupplierScore")
@Description("A supplier's standing from its history: scores per criterion and overall, and its track record.")
public record SupplierScoreView(
        @Id @NonNull UUID supplierId,

        @Description("The criteria's scores weighted by the criteria's weights (criteria without a score left out);"
                + " null until rated.")
        Double overall,

        @NonNull @Description("Every criterion of the workspace, in its order.")
        List<@NonNull CriterionScoreView> criteria,

        @Description("Engagements recorded.") int engagements,
        @Description("Engagements with a rating.") int ratedEngagements,

        @Description("Share of engagements delivered on time among those whose delivery is known; null when none is.")
        Double onTimeRate,

        @Description("Engagements known to be delivered on time and late.")
        int onTime,

        int late,
        LocalDate lastEngagedOn) {}
