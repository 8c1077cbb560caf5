package app.resonance.task;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Task")
public record TaskView(
        @Id @NonNull UUID id,
        @Id @NonNull UUID campaignId,
        @Id UUID milestoneId,
        @NonNull String title,
        String assignee,
        double estimatedHours,
        LocalDate startsOn,
        @NonNull LocalDate dueOn,
        @NonNull TaskState state) {

    static TaskView of(TaskRow row) {
        return new TaskView(
                row.id(),
                row.campaignId(),
                row.milestoneId(),
                row.title(),
                row.assignee(),
                row.estimatedHours(),
                row.startsOn(),
                row.dueOn(),
                row.state());
    }
}
