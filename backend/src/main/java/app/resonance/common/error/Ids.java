package app.resonance.common.error;

import java.util.UUID;

/**
 * Parses GraphQL {@code ID} arguments. They arrive as strings (SmallRye GraphQL rejects
 * {@code @Id UUID} arguments), so a malformed id becomes an error that names its argument.
 */
public final class Ids {

    private Ids() {}

    public static UUID parse(String argument, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput(
                    argument, InvalidInput.Reason.INVALID_ID, value, "'" + value + "' is not a valid id");
        }
    }
}
