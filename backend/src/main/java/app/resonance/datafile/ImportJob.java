package app.resonance.datafile;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import app.resonance.common.tabular.RowProblem;

/** A snapshot of an import's progress, as the API shows it. */
@Name("ImportJob")
public record ImportJob(
        @Id @NonNull UUID id,
        @NonNull String fileName,
        @NonNull State state,
        @Description("Data rows read so far while checking the file.") long rowsChecked,
        @Description("All data rows of the file, once checked.") Long rowsTotal,
        @Description("Rows stored so far (in the import's transaction; visible to others only at the end).") long rowsWritten,
        @Description("How many rows have problems; the file is stored only when this is 0.") long problemCount,
        @NonNull @Description("The first 1,000 problems, by line.") List<@NonNull RowProblem> problems,
        @Description("Why the import failed, in a sentence.") String message,
        @NonNull OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    @Name("ImportState")
    public enum State {
        /** Reading every row and collecting the problems; nothing is stored yet. */
        CHECKING,
        /** The file is clean; storing it in one transaction. */
        WRITING,
        SUCCEEDED,
        /** Nothing was stored. */
        FAILED
    }

    /** The live, mutable side of a job, updated by its worker thread and read by API calls. */
    static final class Progress {
        static final int LISTED_PROBLEMS = 1_000;

        final UUID id = UUID.randomUUID();
        final UUID workspaceId;
        final String owner;
        final String fileName;
        final OffsetDateTime startedAt = OffsetDateTime.now();
        private volatile State state = State.CHECKING;
        private volatile long rowsChecked;
        private volatile Long rowsTotal;
        private volatile long rowsWritten;
        private volatile String message;
        private volatile OffsetDateTime finishedAt;
        private final List<RowProblem> problems = new ArrayList<>();
        private long problemLines;
        private long lastProblemLine = -1;

        Progress(UUID workspaceId, String owner, String fileName) {
            this.workspaceId = workspaceId;
            this.owner = owner;
            this.fileName = fileName;
        }

        synchronized void problem(RowProblem problem) {
            if (problem.line() != lastProblemLine) {
                problemLines++;
                lastProblemLine = problem.line();
            }
            if (problems.size() < LISTED_PROBLEMS) {
                problems.add(problem);
            }
        }

        synchronized long problemLines() {
            return problemLines;
        }

        void checked(long rows) {
            rowsChecked = rows;
        }

        void written(long rows) {
            rowsWritten = rows;
        }

        void writing(long total) {
            rowsTotal = total;
            state = State.WRITING;
        }

        void finish(State outcome, String why) {
            message = why;
            finishedAt = OffsetDateTime.now();
            state = outcome;
        }

        boolean finishedBefore(OffsetDateTime time) {
            OffsetDateTime finished = finishedAt;
            return finished != null && finished.isBefore(time);
        }

        synchronized ImportJob snapshot() {
            return new ImportJob(id, fileName, state, rowsChecked, rowsTotal, rowsWritten, problemLines,
                    List.copyOf(problems), message, startedAt, finishedAt);
        }
    }
}
