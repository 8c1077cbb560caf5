package app.resonance.common.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * Fetches plain fields (a record component of an object already fetched) without SmallRye's per-field
 * context. SmallRye's own fetcher clones its request context, formats the field's path and builds the
 * selected fields as JSON twice for every single field; on a page of 50 publications with their
 * assessments that was the largest share of the request's CPU. That context only feeds the injectable
 * {@code Context}, which no plain field reads; resolvers (queries, mutations, {@code @Source} fields)
 * keep SmallRye's fetchers. Values go through SmallRye's own formatting ({@link FieldHelper}).
 *
 * Registered in {@code META-INF/services}; SmallRye asks the services in order of priority, so 0 comes
 * before Quarkus' (1), which leaves plain fields to SmallRye's default anyway. {@code SmallRyeHooksTest}
 * fails if SmallRye stops loading it. Upstream: smallrye/smallrye-graphql#770 (nested objects cost most of
 * the throughput because every field goes through SmallRye's fetchers). Remove when SmallRye's own fetcher
 * skips its per-field context for plain fields.
 */
public class PlainFieldFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return field.getMethodName() == null ? null : new Getter<>(field);
    }

    /**
     * A record component's value, formatted as SmallRye would. graphql-java calls a
     * {@link LightDataFetcher} without building the field's environment, which only formatting needs.
     */
    private static final class Getter<T> implements PlugableDataFetcher<T>, LightDataFetcher<T> {
        private final Formatting formatting;
        private final String methodName;
        private volatile Accessor accessor;

        Getter(Field field) {
            this.formatting = new Formatting(field);
            this.methodName = field.getMethodName();
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            Object value = method(source.getClass()).invoke(source);
            return (T) (formatting.none ? value : formatting.transformOrAdaptResponse(value, environment.get()));
        }

        @Override
        public T get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }

        private Method method(Class<?> sourceClass) throws NoSuchMethodException {
            Accessor known = accessor;
            if (known == null || known.sourceClass() != sourceClass) {
                known = new Accessor(sourceClass, sourceClass.getMethod(methodName));
                accessor = known;
            }
            return known.method();
        }
    }

    private record Accessor(Class<?> sourceClass, Method method) {}

    /** SmallRye's formatting of a field, and whether it leaves every value as it is (a plain String, an enum). */
    private static final class Formatting extends FieldHelper {
        final boolean none;

        Formatting(Field field) {
            super(field);
            this.none = !field.hasWrapper() && !shouldTransform(field) && !shouldAdapt(field);
        }
    }
}
