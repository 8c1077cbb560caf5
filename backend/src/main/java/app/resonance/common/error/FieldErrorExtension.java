package app.resonance.common.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.field} to errors caused by {@link InvalidInput}, so clients can mark the field. */
public class FieldErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof InvalidInput invalid ? Json.createValue(invalid.field()) : null;
    }
}
