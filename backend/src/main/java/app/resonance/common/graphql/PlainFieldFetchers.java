package app.resonance.common.graphql;

import java.lang.reflect.Method;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Fetches plain fields (a record component of an object already fetched) without SmallRye's per-field
 * context. SmallRye's own fetcher clones its request context, formats the field's path and builds the
 * selected fields as JSON twice for every single field; on a page of 50 publications with their
 * assessments that was the largest share of the request's CPU. That context only feeds the injectable
 * {@code Context}, which no plain field reads; resolvers (queries, mutations, {@code @Source} fields)
 * keep SmallRye's fetchers. Values go through SmallRye's own formatting ({@link FieldHelper}).
 *
 * Registered in {@code META-INF/services}; SmallRye asks the services in order of priority, so 0 comes
 * before Quarkus' (1), which leaves plain fields to SmallRye's default anyway.
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

    private static final class Getter<T> implements PlugableDataFetcher<T> {
        private final FieldHelper formatting;
        private final String methodName;
        private volatile Accessor accessor;

        Getter(Field field) {
            this.formatting = new FieldHelper(field);
            this.methodName = field.getMethodName();
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            return (T) formatting.transformOrAdaptResponse(method(source.getClass()).invoke(source), environment);
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

    private record Accessor(Class<?> sourceClass, Method method) {
    }
}
