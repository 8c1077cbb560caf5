package app.resonance.common.tabular;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.tabular.RowProblem.Reason;

/**
 * A file the reader will not go on with: beyond a {@link FileLimits limit}, packed like a zip bomb,
 * or not readable as its format. A preview answers it as {@link InvalidInput} with the same reason;
 * an import lists it as the problem of the line where reading stopped.
 */
public final class FileRefused extends RuntimeException {

    private final transient RowProblem problem;

    FileRefused(long line, String column, Reason reason, String value, String detail) {
        this(RowProblem.of(line, column, reason, value, detail), null);
    }

    private FileRefused(RowProblem problem, Throwable cause) {
        super("line " + problem.line() + ": " + problem.message(), cause, false, false);
        this.problem = problem;
    }

    /** An unreadable file, with what the reader met. */
    static FileRefused unreadable(long line, String format, Throwable cause) {
        return new FileRefused(RowProblem.of(line, null, Reason.UNREADABLE_FILE, null, format), cause);
    }

    public RowProblem problem() {
        return problem;
    }

    /** The same reason as an API error on {@code field}; its value is the problem's detail (a limit, a format). */
    public InvalidInput asInvalidInput(String field) {
        return new InvalidInput(
                field, InvalidInput.Reason.valueOf(problem.reason().name()), problem.detail(), getMessage());
    }
}
