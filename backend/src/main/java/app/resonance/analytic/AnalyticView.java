package app.resonance.analytic;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Analytic")
public record AnalyticView(
        @Id @NonNull UUID id,
        @NonNull AnalyticAppliesTo appliesTo,
        @NonNull String name,
        @NonNull AnalyticType type,
        @NonNull List<@NonNull String> options,
        @NonNull String description,

        @Description("A key analytic (counted by the quality record).")
        boolean key) {

    static AnalyticView of(Analytic analytic) {
        return new AnalyticView(
                analytic.id,
                analytic.appliesTo,
                analytic.name,
                analytic.type,
                List.of(analytic.options),
                analytic.description,
                analytic.key);
    }
}
