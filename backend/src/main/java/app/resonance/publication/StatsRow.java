package app.resonance.publication;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("PublicationStatsRow")
@Description("One time bucket × group of the report.")
public record StatsRow(
        @NonNull @Description("Start of the bucket, in the report's time zone.")
        OffsetDateTime bucket,

        @NonNull @Description("Id of the brand, channel or segment; the value itself for the other groupings.")
        String key,

        @NonNull @Description("What to show: the name, or the value itself.")
        String label,

        @Description("Publications in the bucket and group.")
        long publications,

        @Description("Σ a(p, s) over their assessments that match the filter.")
        double impact) {}
