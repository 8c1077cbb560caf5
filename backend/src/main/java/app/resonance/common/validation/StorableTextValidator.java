package app.resonance.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** Checks {@link StorableText} on a string or on every String (or list of Strings) component of a record. */
public class StorableTextValidator implements ConstraintValidator<StorableText, Object> {

    /** The String components of each record type, looked up once: inputs are validated on every request. */
    private static final ClassValue<List<RecordComponent>> TEXT_COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getType() == String.class || c.getType() == List.class)
                    .toList();
        }
    };

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value instanceof String text) {
            return storable(text);
        }
        return !(value instanceof Record record)
                || RecordComponents.allPass(
                        record, TEXT_COMPONENTS.get(record.getClass()), StorableTextValidator::storable, context);
    }

    private static boolean storable(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(StorableTextValidator::storable);
        }
        return !(value instanceof String text) || text.indexOf('\0') < 0;
    }
}
