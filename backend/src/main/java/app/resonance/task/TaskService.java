package app.resonance.task;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.SqlConditions;
import app.resonance.common.persistence.TenantRows;
import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.time.DatabaseTime;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceTransactions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class TaskService {

    /** Most tasks one list answers. */
    static final int MAX_LIST = 1_000;

    /** The foreign key from a task's assignee to the workspace's members. */
    private static final String ASSIGNEE_IS_MEMBER = "task_workspace_id_assignee_fkey";

    private final TaskRepository repository;
    private final TenantRows<TaskRow> tasks;
    private final WorkspaceAccess access;
    private final WorkspaceTransactions transactions;
    private final Clock clock;

    TaskService(TaskRepository repository, WorkspaceAccess access, WorkspaceTransactions transactions, Clock clock) {
        this.repository = repository;
        this.tasks = repository.rows();
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The workspace's tasks by due date, of a campaign, a milestone or an assignee when given, and with work in
     * the period from {@code from} to {@code to} when given; at most {@link #MAX_LIST}.
     */
    public Uni<List<TaskView>> list(
            String workspaceId, String campaignId, String milestoneId, String assignee, LocalDate from, LocalDate to) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> {
                    if (from != null && to != null && to.isBefore(from)) {
                        throw new InvalidInput("to", Reason.NOT_AFTER_START, "must not be before from");
                    }
                    SqlConditions query = new SqlConditions();
                    query.add("t.workspace_id = " + query.param(ws));
                    if (campaignId != null) {
                        query.add("t.campaign_id = " + query.param(Ids.parse("campaignId", campaignId)));
                    }
                    if (milestoneId != null) {
                        query.add("t.milestone_id = " + query.param(Ids.parse("milestoneId", milestoneId)));
                    }
                    if (assignee != null) {
                        query.add("t.assignee = " + query.param(assignee));
                    }
                    if (from != null) {
                        query.add("t.due_on >= " + query.param(from));
                    }
                    if (to != null) {
                        query.add("coalesce(t.starts_on, t.due_on) <= " + query.param(to));
                    }
                    return repository.list(query, MAX_LIST);
                })
                .map(rows -> rows.stream().map(TaskView::of).toList());
    }

    public Uni<TaskView> create(String workspaceId, String campaignId, TaskInput input) {
        return transactions
                .write(workspaceId, writer -> {
                    OffsetDateTime now = DatabaseTime.now(clock);
                    return tasks.insert(
                            writer.connection(),
                            row(
                                    TimeOrderedIds.next(),
                                    writer.workspaceId(),
                                    Ids.parse("campaignId", campaignId),
                                    input,
                                    now,
                                    now));
                })
                .onFailure()
                .transform(failure -> refused(failure, input.assignee()))
                .map(TaskView::of);
    }

    /** Replaces the task's fields (it stays with its campaign). */
    public Uni<TaskView> update(String workspaceId, String id, TaskInput input) {
        return transactions
                .write(
                        workspaceId,
                        writer -> locked(writer.connection(), writer.workspaceId(), id)
                                .chain(before -> tasks.update(
                                        writer.connection(),
                                        row(
                                                before.id(),
                                                before.workspaceId(),
                                                before.campaignId(),
                                                input,
                                                before.createdAt(),
                                                DatabaseTime.now(clock)))))
                .onFailure()
                .transform(failure -> refused(failure, input.assignee()))
                .map(TaskView::of);
    }

    /** Hands the task to another member (null: to nobody), e.g. from an overloaded week of the workload view. */
    public Uni<TaskView> reassign(String workspaceId, String id, String assignee) {
        String username = blankToNull(assignee);
        return transactions
                .write(
                        workspaceId,
                        writer -> locked(writer.connection(), writer.workspaceId(), id)
                                .chain(before -> Objects.equals(before.assignee(), username)
                                        ? Uni.createFrom().item(before)
                                        : tasks.update(
                                                writer.connection(),
                                                before.withAssignee(username, DatabaseTime.now(clock)))))
                .onFailure()
                .transform(failure -> refused(failure, username))
                .map(TaskView::of);
    }

    /** Answers the deleted task's id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return transactions.write(workspaceId, writer -> {
            UUID taskId = Ids.parse("id", id);
            return tasks.delete(writer.connection(), writer.workspaceId(), taskId)
                    .map(deleted -> {
                        if (!deleted) {
                            throw noSuchTask();
                        }
                        return taskId;
                    });
        });
    }

    /** The member's open tasks in the workspace due by the date: for their own day's view. */
    public Uni<List<DueTask>> dueFor(UUID workspaceId, String username, LocalDate upTo) {
        return repository.dueFor(workspaceId, username, upTo);
    }

    private static TaskRow row(
            UUID id,
            UUID workspaceId,
            UUID campaignId,
            TaskInput input,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
        if (input.startsOn() != null && input.dueOn().isBefore(input.startsOn())) {
            throw new InvalidInput(
                    "dueOn", Reason.NOT_AFTER_START, input.startsOn().toString(), "must not be before startsOn");
        }
        return new TaskRow(
                id,
                workspaceId,
                campaignId,
                input.milestoneId() == null ? null : Ids.parse("milestoneId", input.milestoneId()),
                input.title().strip(),
                blankToNull(input.assignee()),
                Objects.requireNonNullElse(input.estimatedHours(), 0.0),
                input.startsOn(),
                input.dueOn(),
                Objects.requireNonNullElse(input.state(), TaskState.TODO),
                createdAt,
                updatedAt);
    }

    private Uni<TaskRow> locked(SqlClient tx, UUID workspaceId, String id) {
        return tasks.lock(tx, workspaceId, Ids.parse("id", id))
                .onItem()
                .ifNull()
                .failWith(TaskService::noSuchTask);
    }

    /** What the database refused, named by the field it is about. */
    private static Throwable refused(Throwable failure, String assignee) {
        if (ASSIGNEE_IS_MEMBER.equals(DatabaseErrors.brokenForeignKey(failure))) {
            String username = blankToNull(assignee);
            return new InvalidInput(
                    "assignee", Reason.NOT_A_MEMBER, username, username + " is not a member of this workspace");
        }
        return DatabaseErrors.asUnknownReference(failure);
    }

    private static InvalidInput noSuchTask() {
        return new InvalidInput("id", Reason.NOT_FOUND, "no such task in this workspace");
    }
}
