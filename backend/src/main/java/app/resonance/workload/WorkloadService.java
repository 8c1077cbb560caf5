package app.resonance.workload;

import app.resonance.common.Texts;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.workload.WorkloadView.MemberWorkload;
import app.resonance.workload.WorkloadView.WorkloadCell;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

@ApplicationScoped
public class WorkloadService {

    /** Most weeks one workload view spans: two years. */
    static final int MAX_WEEKS = 104;

    private static final String CAPACITY_OF_MEMBER = "member_capacity_workspace_id_username_fkey";

    private final WorkloadRepository repository;
    private final WorkspaceAccess access;
    private final WorkspaceTransactions transactions;

    WorkloadService(WorkloadRepository repository, WorkspaceAccess access, WorkspaceTransactions transactions) {
        this.repository = repository;
        this.access = access;
        this.transactions = transactions;
    }

    /** The weeks from the one holding {@code from} (ISO weeks, Monday first); campaigns of the business line when given. */
    public Uni<WorkloadView> workload(String workspaceId, LocalDate from, int weeks, String businessLine) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            if (weeks < 1) {
                throw new InvalidInput("weeks", Reason.BELOW_MINIMUM, "1", "must be at least 1");
            }
            if (weeks > MAX_WEEKS) {
                throw new InvalidInput(
                        "weeks", Reason.WINDOW_TOO_LONG, Integer.toString(MAX_WEEKS), "must be at most " + MAX_WEEKS);
            }
            LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            List<LocalDate> mondays =
                    IntStream.range(0, weeks).mapToObj(monday::plusWeeks).toList();
            return repository
                    .workload(ws, monday, weeks, Texts.blankToNull(businessLine))
                    .map(members -> new WorkloadView(
                            mondays,
                            members.stream()
                                    .map(member -> member(member, weeks))
                                    .toList()));
        });
    }

    /** Sets how many hours a week the member can work (the workload view's default is 40). */
    public Uni<MemberCapacity> setCapacity(String workspaceId, String username, double weeklyHours) {
        return transactions
                .write(
                        workspaceId,
                        writer -> repository.setCapacity(
                                writer.connection(), writer.workspaceId(), username, weeklyHours))
                .onFailure(failure -> CAPACITY_OF_MEMBER.equals(DatabaseErrors.brokenForeignKey(failure)))
                .transform(failure -> new InvalidInput(
                        "username", Reason.NOT_A_MEMBER, username, username + " is not a member of this workspace"))
                .map(ignored -> new MemberCapacity(username, weeklyHours));
    }

    private static MemberWorkload member(WorkloadRepository.MemberHours member, int weeks) {
        List<WorkloadCell> cells = new ArrayList<>(weeks);
        int peaks = 0;
        for (int week = 0; week < weeks; week++) {
            double planned = Math.round(member.hours().get(week) * 100) / 100.0;
            boolean over = planned > member.capacity();
            peaks += over ? 1 : 0;
            cells.add(new WorkloadCell(planned, member.capacity(), over));
        }
        return new MemberWorkload(member.username(), member.capacity(), cells, peaks);
    }
}
