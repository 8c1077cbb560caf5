package app.resonance.common.error;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.function.Function;

/** One of the {@code extensions} that errors caused by {@link InvalidInput} carry: field, reason and value. */
public abstract class InvalidInputExtension implements ErrorExtensionProvider {

    private final String key;
    private final Function<InvalidInput, String> value;

    private InvalidInputExtension(String key, Function<InvalidInput, String> value) {
        this.key = key;
        this.value = value;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        String text = exception instanceof InvalidInput invalid ? value.apply(invalid) : null;
        return text == null ? null : Json.createValue(text);
    }

    public static final class Field extends InvalidInputExtension {
        public Field() {
            super("field", InvalidInput::field);
        }
    }

    public static final class Reason extends InvalidInputExtension {
        public Reason() {
            super("reason", invalid -> invalid.reason().name());
        }
    }

    public static final class Value extends InvalidInputExtension {
        public Value() {
            super("value", InvalidInput::value);
        }
    }
}
