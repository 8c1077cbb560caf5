package app.resonance.common.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Lists without null elements, on every List component of a record. The schema allows null elements
 * where SmallRye cannot declare them non-null without making the list itself required
 * ({@code List<@NonNull X>}); a null sentiment or id in a filter means nothing and is refused.
 */
@Documented
@Constraint(validatedBy = ListsWithoutNullsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ListsWithoutNulls {

    String message() default "{resonance.validation.listsWithoutNulls}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
