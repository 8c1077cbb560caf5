package app.resonance.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hundreds of requests an attacker or a careless client sends: each is answered quickly, with its
 * status and its documented code, never with a 5xx, a system error or a Java class name.
 */
@QuarkusTest
@RealStackTest
class HostileInputTest {

    private static Target target;

    /** Once per class; not in @BeforeAll, which runs before Quarkus points REST Assured at the app. */
    @BeforeEach
    void aWorkspaceToAttack() {
        if (target == null) {
            target = new Target(MediaWorkspace.create());
        }
    }

    static Stream<HostileCase> cases() {
        return Stream.of(
                        GraphQLAbuseCases.all(),
                        MalformedRequestCases.all(),
                        TokenCases.all(),
                        BadValueCases.all(),
                        SocketCases.all())
                .flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAnsweredQuicklyWithItsCodeAndNothingInternal(HostileCase hostile) {
        long start = System.nanoTime();
        Answer answer = hostile.send().apply(target);
        Expectations.check(hostile, answer, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void coversAtLeastThreeHundredCases() {
        assertTrue(cases().count() >= 300, "cases: " + cases().count());
    }
}
