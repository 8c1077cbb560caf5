package app.resonance.workload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("MyWork")
public record MyWorkView(
        @NonNull List<@NonNull WorkItem> overdue,
        @NonNull List<@NonNull WorkItem> dueToday,
        @NonNull List<@NonNull WorkItem> dueSoon) {

    public enum WorkKind {
        MILESTONE,
        TASK
    }

    /** A milestone or a task, by due date. */
    @Name("WorkItem")
    public record WorkItem(
            @NonNull WorkKind kind,
            @Id @NonNull UUID id,
            @Id @NonNull UUID campaignId,
            @NonNull String campaignName,
            @NonNull String name,
            @NonNull LocalDate dueOn) {}
}
