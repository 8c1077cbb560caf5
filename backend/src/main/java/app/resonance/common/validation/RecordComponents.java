package app.resonance.common.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Predicate;

/** The shape both record-level constraints share: check some components, name each one that fails. */
final class RecordComponents {

    private RecordComponents() {}

    /** True when every component's value passes; otherwise one violation per failing component, on its name. */
    static boolean allPass(
            Record record,
            List<RecordComponent> components,
            Predicate<Object> passes,
            ConstraintValidatorContext context) {
        boolean valid = true;
        for (RecordComponent component : components) {
            if (!passes.test(read(component, record))) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(component.getName())
                        .addConstraintViolation();
            }
        }
        return valid;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
