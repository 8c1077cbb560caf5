package app.resonance.task;

import app.resonance.common.validation.StorableText;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class TaskGraphQL {

    private final TaskService service;

    TaskGraphQL(TaskService service) {
        this.service = service;
    }

    @Query("tasks")
    @Description("The workspace's tasks by due date (at most 1,000): of a campaign, a milestone or an assignee when"
            + " given, and with work between from and to when given (e.g. a cell of the workload view).")
    public Uni<@NonNull List<@NonNull TaskView>> tasks(
            @Id @NonNull String workspaceId,
            @Id String campaignId,
            @Id String milestoneId,
            @Size(max = 255) @StorableText String assignee,
            LocalDate from,
            LocalDate to) {
        return service.list(workspaceId, campaignId, milestoneId, assignee, from, to);
    }

    @Mutation("createTask")
    public Uni<@NonNull TaskView> createTask(
            @Id @NonNull String workspaceId, @Id @NonNull String campaignId, @NonNull @Valid TaskInput input) {
        return service.create(workspaceId, campaignId, input);
    }

    @Mutation("updateTask")
    public Uni<@NonNull TaskView> updateTask(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid TaskInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("reassignTask")
    @Description("Hands the task to another member (username; null: to nobody), e.g. out of an overloaded week.")
    public Uni<@NonNull TaskView> reassignTask(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @Size(max = 255) @StorableText String assignee) {
        return service.reassign(workspaceId, id, assignee);
    }

    @Mutation("deleteTask")
    @Description("Deletes the task; answers its id.")
    @Id
    public Uni<@NonNull String> deleteTask(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }
}
