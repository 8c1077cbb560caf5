package app.resonance.common.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.common.graphql.StreamingExecutionService.StreamedResponse;
import app.resonance.support.RealStackTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streamed answer says what SmallRye's would, and SmallRye still renders what it alone knows. */
@QuarkusTest
@RealStackTest
class StreamingExecutionServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ExecutionService service;

    @Test
    void graphQLRequestsRunThroughTheStreamingService() {
        assertInstanceOf(StreamingExecutionService.class, service);
    }

    @Test
    void aPlainAnswerReadsAsSmallRyesRendering() throws Exception {
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("title", "Quotes \" and \\ and\nlines, tabs\t, control \u0001 and Unicode: Łódź, Київ, 東京 🚀");
        publication.put("author", null);
        publication.put("weight", 0.5);
        publication.put("impacts", List.of(1.0, 0.0001, 123456.789, 1e-7));
        publication.put("count", 42);
        publication.put("total", 9_007_199_254_740_993L);
        publication.put("share", new BigDecimal("0.125"));
        publication.put("big", new BigInteger("123456789012345678901234567890"));
        publication.put("ratio", 0.1f);
        publication.put("small", (short) 7);
        publication.put("draft", false);
        publication.put("sentiment", Thread.State.NEW);
        publication.put("tags", Arrays.asList("a", null, "c"));
        publication.put("empty", List.of());
        publication.put("nested", Map.of("edges", List.of(Map.of("node", Map.of("id", "p-1")))));
        ExecutionResult result = ExecutionResultImpl.newExecutionResult()
                .data(Map.of("publication", publication))
                .build();

        String streamed = streamed(new ExecutionResponse(result) {
            @Override
            public String getExecutionResultAsString() {
                throw new AssertionError("a plain answer went to SmallRye's rendering");
            }
        });

        assertEquals(
                JSON.readTree(new ExecutionResponse(result).getExecutionResultAsString()), JSON.readTree(streamed));
        assertTrue(streamed.startsWith("{\"data\":{\"publication\":{\"title\":"), streamed);
    }

    @Test
    void errorsAreRenderedBySmallRye() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult()
                .data(Map.of("publication", Map.of("id", "p-1")))
                .addError(GraphqlErrorBuilder.newError()
                        .message("No such channel")
                        .build())
                .build();

        assertRenderedBySmallRye(new ExecutionResponse(result));
    }

    @Test
    void extensionsAreRenderedBySmallRye() {
        ExecutionResult data = ExecutionResultImpl.newExecutionResult()
                .data(Map.of("ok", true))
                .build();
        ExecutionResult withExtensions = ExecutionResultImpl.newExecutionResult()
                .data(Map.of("ok", true))
                .extensions(Map.of("cost", 3))
                .build();

        assertRenderedBySmallRye(new ExecutionResponse(data, Map.of("requestId", "r-1")));
        assertRenderedBySmallRye(new ExecutionResponse(withExtensions));
    }

    @Test
    void aValueOutsideGraphQLsOwnKindsIsRenderedBySmallRye() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult()
                .data(Map.of("day", LocalDate.of(2026, 11, 22)))
                .build();

        assertRenderedBySmallRye(new ExecutionResponse(result));
    }

    private static void assertRenderedBySmallRye(ExecutionResponse response) {
        String rendered = response.getExecutionResultAsString();
        assertEquals(rendered, streamed(response));
    }

    private static String streamed(ExecutionResponse response) {
        return new StreamedResponse(response).getExecutionResultAsString();
    }
}
