package app.resonance.common.validation;

import java.lang.reflect.RecordComponent;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link StorableText} on a string or on every String component of a record. */
public class StorableTextValidator implements ConstraintValidator<StorableText, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value instanceof String text) {
            return storable(text);
        }
        if (!(value instanceof Record record)) {
            return true;
        }
        boolean valid = true;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == String.class && !storable((String) read(component, record))) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(component.getName()).addConstraintViolation();
            }
        }
        return valid;
    }

    private static boolean storable(String text) {
        return text == null || text.indexOf('\0') < 0;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
