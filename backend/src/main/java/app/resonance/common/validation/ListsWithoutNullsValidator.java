package app.resonance.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Checks {@link ListsWithoutNulls}: names each List component of the record that holds a null. */
public class ListsWithoutNullsValidator implements ConstraintValidator<ListsWithoutNulls, Record> {

    /** The List components of each record type, looked up once: filters are validated on every request. */
    private static final ClassValue<List<RecordComponent>> LIST_COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getType() == List.class)
                    .toList();
        }
    };

    @Override
    public boolean isValid(Record record, ConstraintValidatorContext context) {
        return record == null
                || RecordComponents.allPass(
                        record,
                        LIST_COMPONENTS.get(record.getClass()),
                        value -> !(value instanceof List<?> list)
                                || list.stream().noneMatch(Objects::isNull),
                        context);
    }
}
