package app.resonance.datafile;

import app.resonance.common.tabular.RowImport.WriteProgress;
import app.resonance.common.tabular.RowProblem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A snapshot of an import's progress, as the API shows it. */
@Name("ImportJob")
public record ImportJobView(
        @Id @NonNull UUID id,
        @NonNull String fileName,
        @NonNull State state,

        @Description("Data rows read so far while checking the file.")
        long rowsChecked,

        @Description("All data rows of the file, once checked.")
        Long rowsTotal,

        @Description("Rows stored so far (in the import's transaction; visible to others only at the end).")
        long rowsWritten,

        @Description("How many rows have problems; all or nothing stores the file only when this is 0,"
                + " good rows only stores the other rows.")
        long problemCount,

        @NonNull @Description("The first 1,000 problems, by line.")
        List<@NonNull RowProblem> problems,

        @Description("Records the import created (purchases for a purchases file); null for the kinds that do not"
                + " match rows to records (publications, lists) and until the rows are stored.")
        Long rowsCreated,

        @Description("Records it changed; null as rowsCreated.")
        Long rowsUpdated,

        @Description("Records the file matched but left as they were (a re-import); null as rowsCreated.")
        Long rowsUnchanged,

        @NonNull
        @Description(
                "What the import is doing now; with stepDone and stepTotal, for a status line" + " and a progress bar.")
        Step step,

        @Description("Units of the current step done: rows, or days of the media balance.")
        long stepDone,

        @Description("Units of the current step in all; null while unknown (when checking).")
        Long stepTotal,

        @Description("Why the import failed, for clients that word it themselves; null unless FAILED.")
        Failure failure,

        @Description("Why the import failed, in an English sentence.")
        String message,

        @NonNull OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    @Name("ImportState")
    public enum State {
        /** Waiting in line for a free worker (of any instance); nothing read yet. */
        QUEUED,
        /** Reading every row and collecting the problems; nothing is stored yet. */
        CHECKING,
        /** The file is clean; storing it in one transaction. */
        WRITING,
        SUCCEEDED,
        /** Nothing was stored. */
        FAILED
    }

    @Name("ImportFailure")
    public enum Failure {
        /** problemCount rows have problems (listed in problems). */
        ROWS_WITH_PROBLEMS,
        /** The file has a header but no data rows. */
        NO_DATA_ROWS,
        /** Storing failed; the message says why. */
        ERROR,
        /** The instance running the import stopped or lost its database connection before the end. */
        INTERRUPTED
    }

    @Name("ImportStep")
    public enum Step {
        /**
         * Waiting for other imports to finish: the servers run a few at once, and one per workspace while other
         * workspaces wait.
         */
        WAITING_FOR_OTHER_IMPORTS,
        /** Reading and checking the rows, then matching them to stored records (stepDone: rows read). */
        CHECKING_ROWS,
        /** Storing the rows (stepDone of stepTotal rows). */
        STORING_ROWS,
        /** Recomputing the media balance's daily sums of the days the file touched (stepDone of stepTotal days). */
        UPDATING_MEDIA_BALANCE,
        FINISHED
    }

    /**
     * The live, mutable side of a running job, updated by its worker thread and written to the database
     * a few times a second, where API calls of every instance read it.
     */
    static final class Progress implements WriteProgress {
        static final int LISTED_PROBLEMS = 1_000;

        final UUID id;
        final String fileName;
        final OffsetDateTime startedAt;
        private volatile State state = State.QUEUED;
        private volatile Step step = Step.WAITING_FOR_OTHER_IMPORTS;
        private long balanceDaysUpdated;
        private long balanceDays;
        private volatile long rowsChecked;
        private volatile Long rowsTotal;
        private volatile long rowsWritten;
        private volatile Failure failure;
        private volatile String message;
        private volatile OffsetDateTime finishedAt;
        private Long rowsCreated;
        private Long rowsUpdated;
        private Long rowsUnchanged;
        private final List<RowProblem> problems = new ArrayList<>();
        private long problemLines;
        private long lastProblemLine = -1;
        private int problemsWritten;

        Progress(UUID id, String fileName, OffsetDateTime startedAt) {
            this.id = id;
            this.fileName = fileName;
            this.startedAt = startedAt;
        }

        /**
         * The listed problems when some were added since the last call, null otherwise (not worth rewriting);
         * always at the end, whose write must not rely on a progress write that may land after it and be
         * refused (the job no longer runs by then).
         */
        synchronized List<RowProblem> problemsToWrite(boolean end) {
            if (!end && problems.size() == problemsWritten) {
                return null;
            }
            problemsWritten = problems.size();
            return List.copyOf(problems);
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

        void checking() {
            step = Step.CHECKING_ROWS;
            state = State.CHECKING;
        }

        void checked(long rows) {
            rowsChecked = rows;
        }

        void writing(long total) {
            rowsTotal = total;
            step = Step.STORING_ROWS;
            state = State.WRITING;
        }

        @Override
        public void rowsWritten(long rows) {
            rowsWritten = rows;
        }

        @Override
        public synchronized void balanceDaysUpdated(long days, long total) {
            balanceDaysUpdated = days;
            balanceDays = total;
            step = Step.UPDATING_MEDIA_BALANCE;
        }

        @Override
        public synchronized void counted(long created, long updated, long unchanged) {
            rowsCreated = created;
            rowsUpdated = updated;
            rowsUnchanged = unchanged;
        }

        void succeed(OffsetDateTime now) {
            finish(State.SUCCEEDED, now);
        }

        void fail(Failure why, String message, OffsetDateTime now) {
            this.failure = why;
            this.message = message;
            finish(State.FAILED, now);
        }

        private void finish(State outcome, OffsetDateTime now) {
            finishedAt = now;
            step = Step.FINISHED;
            state = outcome;
        }

        /** Under the lock that the balance's counts are updated with, so that they always go together. */
        synchronized ImportJobView snapshot() {
            Step now = step;
            long done = switch (now) {
                case CHECKING_ROWS -> rowsChecked;
                case STORING_ROWS -> rowsWritten;
                case UPDATING_MEDIA_BALANCE -> balanceDaysUpdated;
                case WAITING_FOR_OTHER_IMPORTS, FINISHED -> 0;
            };
            Long total = switch (now) {
                case STORING_ROWS -> rowsTotal;
                case UPDATING_MEDIA_BALANCE -> balanceDays;
                case WAITING_FOR_OTHER_IMPORTS, CHECKING_ROWS, FINISHED -> null;
            };
            return new ImportJobView(
                    id,
                    fileName,
                    state,
                    rowsChecked,
                    rowsTotal,
                    rowsWritten,
                    problemLines,
                    List.copyOf(problems),
                    rowsCreated,
                    rowsUpdated,
                    rowsUnchanged,
                    now,
                    done,
                    total,
                    failure,
                    message,
                    startedAt,
                    finishedAt);
        }
    }
}
