package app.resonance.workload;

import app.resonance.common.error.Ids;
import app.resonance.common.time.DueDates;
import app.resonance.common.time.DueDates.Due;
import app.resonance.milestone.MilestoneService;
import app.resonance.task.TaskService;
import app.resonance.workload.MyWorkView.WorkItem;
import app.resonance.workload.MyWorkView.WorkKind;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The caller's own open work for the home screen. */
@ApplicationScoped
public class MyWorkService {

    private final WorkspaceAccess access;
    private final MilestoneService milestones;
    private final TaskService tasks;
    private final Clock clock;

    MyWorkService(WorkspaceAccess access, MilestoneService milestones, TaskService tasks, Clock clock) {
        this.access = access;
        this.milestones = milestones;
        this.tasks = tasks;
        this.clock = clock;
    }

    public Uni<MyWorkView> myWork(String workspaceId, int soonDays) {
        return Uni.createFrom()
                .item(() -> Ids.parse("workspaceId", workspaceId))
                .chain(ws -> access.checkedUsername(ws, WorkspacePermission.READ)
                        .chain(username -> {
                            Instant now = clock.instant();
                            // No zone is more than 14 hours ahead of UTC: a day past UTC's covers every campaign's
                            // "soon".
                            LocalDate upTo =
                                    LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(soonDays + 1L);
                            return milestones
                                    .dueFor(ws, username, upTo)
                                    .chain(due -> tasks.dueFor(ws, username, upTo)
                                            .map(dueTasks -> {
                                                Map<Due, List<WorkItem>> by = new EnumMap<>(Due.class);
                                                due.forEach(m -> place(
                                                        by,
                                                        new WorkItem(
                                                                WorkKind.MILESTONE,
                                                                m.id(),
                                                                m.campaignId(),
                                                                m.campaignName(),
                                                                m.name(),
                                                                m.dueOn()),
                                                        m.timeZone(),
                                                        now,
                                                        soonDays));
                                                dueTasks.forEach(t -> place(
                                                        by,
                                                        new WorkItem(
                                                                WorkKind.TASK,
                                                                t.id(),
                                                                t.campaignId(),
                                                                t.campaignName(),
                                                                t.title(),
                                                                t.dueOn()),
                                                        t.timeZone(),
                                                        now,
                                                        soonDays));
                                                return new MyWorkView(
                                                        items(by, Due.OVERDUE),
                                                        items(by, Due.TODAY),
                                                        items(by, Due.SOON));
                                            }));
                        }));
    }

    private static void place(Map<Due, List<WorkItem>> by, WorkItem item, String timeZone, Instant now, int soonDays) {
        Due due = DueDates.classify(item.dueOn(), DueDates.today(now, timeZone), soonDays);
        by.computeIfAbsent(due, ignored -> new ArrayList<>()).add(item);
    }

    private static List<WorkItem> items(Map<Due, List<WorkItem>> by, Due due) {
        return by.getOrDefault(due, List.of()).stream()
                .sorted(Comparator.comparing(WorkItem::dueOn)
                        .thenComparing(WorkItem::kind)
                        .thenComparing(WorkItem::name))
                .toList();
    }
}
