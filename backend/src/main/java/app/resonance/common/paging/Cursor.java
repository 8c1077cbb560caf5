package app.resonance.common.paging;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/**
 * An opaque keyset cursor: the sort value of the last row seen and its id (the tie-breaker).
 * Encoded so that clients treat it as a token, not as data.
 */
public record Cursor(String sortValue, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((sortValue + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded cursor; null for a null argument; an error on {@code after} for anything else unreadable. */
    public static Cursor decode(String after) {
        if (after == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int split = text.lastIndexOf('\n');
            return new Cursor(text.substring(0, split), UUID.fromString(text.substring(split + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw notOfThisList();
        }
    }

    /** The sort value in the list's own type; an error on {@code after} when the cursor was made up or is of another order. */
    public <T> T sortValue(Function<String, T> parser) {
        try {
            return parser.apply(sortValue);
        } catch (RuntimeException e) {
            throw notOfThisList();
        }
    }

    private static InvalidInput notOfThisList() {
        return new InvalidInput("after", Reason.INVALID_CURSOR, "is not a cursor of this list");
    }
}
