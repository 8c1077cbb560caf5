package app.resonance.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test against the real PostgreSQL and Keycloak of {@link LocalStack}; one app start for all such tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = LocalStack.class, scope = TestResourceScope.GLOBAL)
public @interface RealStackTest {}
