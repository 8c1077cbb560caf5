package app.resonance.common.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import graphql.ExecutionResult;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * SmallRye GraphQL's execution service, with answers printed by a streaming JSON generator.
 * SmallRye renders a result by building a JSON-P tree of it and then printing the tree: for a page
 * of 50 publications with their relations, that took about a third of the app's CPU. A plain answer
 * (data, no errors, no extensions) is written here straight from graphql-java's result with
 * Jackson's generator; any other answer is rendered by SmallRye, as before.
 *
 * Quarkus' GraphQL handlers look the service up in CDI, so this alternative takes the place of the
 * one SmallRye produces, over the same schema. It is also where an operation's time is bounded.
 * Upstream: smallrye/smallrye-graphql#930 (large answers slow and memory-hungry); SmallRye's move from
 * JSON-B/JSON-P to Jackson (smallrye/smallrye-graphql#2543, quarkusio/quarkus#55175) may make the streaming
 * part unnecessary: measure a page of publications before removing it ({@code StreamingExecutionServiceTest}
 * checks that this service is the one in use).
 */
@Alternative
@Priority(1)
@Singleton
public class StreamingExecutionService extends ExecutionService {

    private final Vertx vertx;
    private final Duration timeout;

    StreamingExecutionService(GraphQLSchema graphQLSchema, Schema schema, Vertx vertx, GraphQLLimits limits) {
        super(graphQLSchema, schema);
        this.vertx = vertx;
        this.timeout = limits.timeout();
    }

    /**
     * Executes, answering TIMEOUT when the answer is not ready in time. graphql-java cannot stop an
     * operation midway; the database's statement timeout bounds what keeps running after the answer.
     */
    @Override
    public void execute(JsonObject input, Map<String, Object> metaData, ExecutionResponseWriter writer, boolean async) {
        AtomicBoolean answered = new AtomicBoolean();
        long timer = vertx.setTimer(timeout.toMillis(), ignored -> {
            if (answered.compareAndSet(false, true)) {
                RequestRejected late = new RequestRejected(
                        RequestRejected.Code.TIMEOUT,
                        "The operation took longer than " + timeout.toSeconds() + " s and was abandoned.");
                writer.write(new ExecutionResponse(late.toExecutionResult()));
            }
        });
        super.execute(
                input,
                metaData,
                new ExecutionResponseWriter() {
                    @Override
                    public void write(ExecutionResponse response) {
                        vertx.cancelTimer(timer);
                        if (answered.compareAndSet(false, true)) {
                            writer.write(new StreamedResponse(
                                    UnparseableQuery.is(response)
                                            ? UnparseableQuery.explain(input.getString("query", ""), response)
                                            : ErrorHygiene.clean(
                                                    response, StreamedResponse.addedExtensions(response))));
                        }
                    }

                    @Override
                    public void fail(Throwable failure) {
                        vertx.cancelTimer(timer);
                        if (answered.compareAndSet(false, true)) {
                            writer.fail(failure);
                        }
                    }
                },
                async);
    }

    /** A response that prints a plain answer itself and hands everything else to SmallRye's. */
    static final class StreamedResponse extends ExecutionResponse {

        private static final JsonFactory JSON = new JsonFactory();

        /**
         * Extensions added through SmallRye's {@code Context} have no getter; should the field move,
         * the class fails to load, and with it the app's first GraphQL request and its tests.
         */
        private static final VarHandle ADDED_EXTENSIONS;

        static {
            try {
                ADDED_EXTENSIONS = MethodHandles.privateLookupIn(ExecutionResponse.class, MethodHandles.lookup())
                        .findVarHandle(ExecutionResponse.class, "addedExtensions", Map.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError("SmallRye's ExecutionResponse changed: " + e);
            }
        }

        private final ExecutionResponse rendered;

        StreamedResponse(ExecutionResponse rendered) {
            super(rendered.getExecutionResult());
            this.rendered = rendered;
        }

        /** The extensions added through SmallRye's {@code Context}, which ExecutionResponse has no getter for. */
        @SuppressWarnings("unchecked")
        static Map<String, Object> addedExtensions(ExecutionResponse response) {
            return (Map<String, Object>) ADDED_EXTENSIONS.get(response);
        }

        @Override
        public JsonObject getExecutionResultAsJsonObject() {
            return rendered.getExecutionResultAsJsonObject();
        }

        @Override
        public String getExecutionResultAsString() {
            ExecutionResult result = rendered.getExecutionResult();
            Map<?, ?> added = addedExtensions(rendered);
            if (!result.isDataPresent()
                    || !result.getErrors().isEmpty()
                    || result.getExtensions() != null
                    || (added != null && !added.isEmpty())
                    || Config.get().isExcludeNullFieldsInResponses()) {
                return rendered.getExecutionResultAsString();
            }
            StringWriter out = new StringWriter(8192);
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartObject();
                json.writeFieldName("data");
                write(json, result.getData());
                json.writeEndObject();
            } catch (UnprintableValue e) {
                return rendered.getExecutionResultAsString();
            } catch (IOException e) {
                throw new IllegalStateException(e); // a StringWriter does not fail
            }
            return out.toString();
        }

        /**
         * The value kinds graphql-java completes fields to; anything else goes back to SmallRye. Final
         * classes are tested first: they are most of the values and cost the JVM one comparison each,
         * where a test against an interface (Map, Collection) costs a search of the class' interfaces.
         */
        private static void write(JsonGenerator json, Object value) throws IOException {
            if (value instanceof String text) {
                json.writeString(text);
            } else if (value == null) {
                json.writeNull();
            } else if (value instanceof Double number) {
                json.writeNumber(number);
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else if (value instanceof Integer
                    || value instanceof Long
                    || value instanceof Short
                    || value instanceof Byte) {
                json.writeNumber(((Number) value).longValue());
            } else if (value instanceof Map<?, ?> object) {
                json.writeStartObject();
                for (Map.Entry<?, ?> field : object.entrySet()) {
                    json.writeFieldName((String) field.getKey());
                    write(json, field.getValue());
                }
                json.writeEndObject();
            } else if (value instanceof Collection<?> array) {
                json.writeStartArray();
                for (Object item : array) {
                    write(json, item);
                }
                json.writeEndArray();
            } else if (value instanceof Float number) {
                json.writeNumber(new BigDecimal(String.valueOf(number))); // as SmallRye: no digits gained
            } else if (value instanceof BigDecimal number) {
                json.writeNumber(number);
            } else if (value instanceof BigInteger number) {
                json.writeNumber(number);
            } else if (value instanceof Enum<?> constant) {
                json.writeString(constant.name());
            } else {
                throw new UnprintableValue();
            }
        }

        /** A value SmallRye renders its own way (through JSON-B). */
        private static final class UnprintableValue extends RuntimeException {
            UnprintableValue() {
                super(null, null, false, false);
            }
        }
    }
}
