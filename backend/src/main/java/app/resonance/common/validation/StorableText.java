package app.resonance.common.validation;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text PostgreSQL can store: no NUL character (its text type cannot hold one, and the database's
 * refusal would reach the caller as a system error). On a record, checks every String component and
 * names the component that fails; on a parameter, checks the string.
 */
@Documented
@Constraint(validatedBy = StorableTextValidator.class)
@Target({TYPE, PARAMETER})
@Retention(RUNTIME)
public @interface StorableText {

    String message() default "{resonance.validation.storableText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
