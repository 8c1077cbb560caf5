package app.resonance.workload;

import app.resonance.common.validation.StorableText;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class WorkloadGraphQL {

    private final WorkloadService workload;
    private final MyWorkService myWork;

    WorkloadGraphQL(WorkloadService workload, MyWorkService myWork) {
        this.workload = workload;
        this.myWork = myWork;
    }

    @Query("workload")
    @Description("Members × weeks across all campaigns (but cancelled ones): each week's planned hours against the"
            + " member's capacity, peaks marked. A task's estimate is spread evenly over the days from its start (its"
            + " due date when it has none) to its due date. From the week holding `from` (Monday first), 1–104 weeks;"
            + " only campaigns of the business line when given. Move a task with reassignTask.")
    public Uni<@NonNull WorkloadView> workload(
            @Id @NonNull String workspaceId,
            @NonNull LocalDate from,
            @DefaultValue("12") int weeks,
            @Size(max = 100) @StorableText String businessLine) {
        return workload.workload(workspaceId, from, weeks, businessLine);
    }

    @Mutation("setWeeklyCapacity")
    @Description("How many hours a week the member can work (without one: 40).")
    public Uni<@NonNull MemberCapacity> setWeeklyCapacity(
            @Id @NonNull String workspaceId,
            @NonNull @Size(max = 255) @StorableText String username,
            @DecimalMin("0") @DecimalMax("168") double weeklyHours) {
        return workload.setCapacity(workspaceId, username, weeklyHours);
    }

    @Query("myWork")
    @Description("The caller's open milestones (responsible) and tasks (assignee) in the workspace that are overdue,"
            + " due today or due within soonDays (1–60), each by its campaign's day (the event's time zone, else UTC).")
    public Uni<@NonNull MyWorkView> myWork(
            @Id @NonNull String workspaceId, @DefaultValue("7") @Min(1) @Max(60) int soonDays) {
        return myWork.myWork(workspaceId, soonDays);
    }
}
