package app.resonance.common.paging;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;

/** The page sizes a client may ask for. */
public final class PageSize {

    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private PageSize() {}

    public static int of(Integer first) {
        if (first == null) {
            return DEFAULT;
        }
        if (first < 1 || first > MAX) {
            throw new InvalidInput("first", Reason.PAGE_SIZE, String.valueOf(MAX), "must be between 1 and " + MAX);
        }
        return first;
    }
}
