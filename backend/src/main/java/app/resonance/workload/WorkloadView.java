package app.resonance.workload;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Workload")
@Description("Planned hours per member and week across all campaigns (but cancelled ones).")
public record WorkloadView(
        @NonNull @Description("The weeks' Mondays.") List<@NonNull LocalDate> weeks,

        @NonNull @Description("Every member of the workspace, by username.")
        List<@NonNull MemberWorkload> members) {

    @Name("MemberWorkload")
    public record MemberWorkload(
            @NonNull String username,
            double weeklyCapacity,

            @NonNull @Description("One per week, in the order of weeks.")
            List<@NonNull WorkloadCell> cells,

            @Description("How many of the weeks are over capacity.")
            int peakWeeks) {}

    @Name("WorkloadCell")
    @Description("A member's week; its Monday is the view's weeks[i] (not repeated: a year of 20 members is 1,040"
            + " cells).")
    public record WorkloadCell(
            @Description("Hours of the member's tasks that fall in the week, rounded to hundredths.")
            double plannedHours,

            double capacity,

            @Description("A peak: more planned hours than capacity.")
            boolean overCapacity) {}
}
