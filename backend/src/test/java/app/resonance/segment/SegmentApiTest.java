package app.resonance.segment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.Concurrently;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class SegmentApiTest {

    @Test
    void analystCreatesUpdatesAndDeletesSegments() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as("viewer", "segments")
                .body("data.segments.name", contains("CIOs", "Engineers"))
                .body("data.segments[0].reactionWeight", equalTo(0.9f))
                .body("data.segments[0].profile", equalTo("Heads of IT"));

        String analysts = ws.as(
                        "analyst",
                        "createSegment",
                        "input",
                        Map.of(
                                "name",
                                " Analysts ",
                                "immersion",
                                "EXPERT",
                                "reactionWeight",
                                0.7,
                                "significance",
                                "They shape opinions"))
                .body("errors", nullValue())
                .body("data.createSegment.name", equalTo("Analysts"))
                .extract()
                .path("data.createSegment.id");
        ws.as(
                        "analyst",
                        "updateSegment",
                        "id",
                        analysts,
                        "input",
                        Map.of("name", "Industry analysts", "immersion", "ENGAGED", "reactionWeight", 1))
                .body("data.updateSegment.immersion", equalTo("ENGAGED"));
        ws.as("analyst", "deleteSegment", "id", analysts).body("data.deleteSegment", equalTo(analysts));
        ws.as("analyst", "segments").body("data.segments.id", not(hasItem(analysts)));
    }

    @Test
    void outOfRangeWeightAndDuplicateNamesAreRejectedAndNothingIsStored() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as(
                        "analyst",
                        "createSegment",
                        "input",
                        Map.of("name", "Heavy", "immersion", "EXPERT", "reactionWeight", 1.5))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("reactionWeight"))
                // Clients word Bean Validation's own constraints from the template and its attributes.
                .body(
                        "errors[0].extensions.violations[0].constraint.message",
                        equalTo("{jakarta.validation.constraints.DecimalMax.message}"))
                .body("errors[0].extensions.violations[0].constraint.value", equalTo("1"));
        ws.as("analyst", "createSegment", "input", Map.of("name", "cios", "immersion", "EXPERT", "reactionWeight", 0.5))
                .body("errors[0].extensions.field", equalTo("name"))
                .body("errors[0].extensions.reason", equalTo("NAME_TAKEN"))
                .body("errors[0].extensions.value", equalTo("cios"))
                .body("errors[0].message", equalTo("name: another segment of this workspace is called cios"));
        ws.as(
                        "analyst",
                        "updateSegment",
                        "id",
                        ws.segments().get("Engineers"),
                        "input",
                        Map.of("name", "CIOs", "immersion", "EXPERT", "reactionWeight", 0.5))
                .body("errors[0].extensions.field", equalTo("name"));
        // PostgreSQL's text cannot hold a NUL character: a named violation instead of a system error.
        ws.as(
                        "analyst",
                        "createSegment",
                        "input",
                        Map.of(
                                "name",
                                "Nul\u0000segment",
                                "immersion",
                                "EXPERT",
                                "reactionWeight",
                                0.5,
                                "profile",
                                "fine"))
                .body("errors[0].extensions.violations", hasSize(1))
                .body("errors[0].extensions.violations[0].propertyPath", contains("createSegment", "input", "name"))
                .body("errors[0].extensions.violations[0].message", equalTo("must not contain a NUL character"))
                .body(
                        "errors[0].extensions.violations[0].constraint.message",
                        equalTo("{resonance.validation.storableText}"));
        ws.as("analyst", "segments").body("data.segments.name", contains("CIOs", "Engineers"));
    }

    @Test
    void viewersCannotWriteAndOtherTenantsCannotTouch() {
        MediaWorkspace ws = MediaWorkspace.create();
        Map<String, Object> input = Map.of("name", "Investors", "immersion", "GENERAL", "reactionWeight", 0.3);
        ws.as("viewer", "createSegment", "input", input).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "segments").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "createSegment", "input", input).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "deleteSegment", "id", ws.segments().get("CIOs"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        // A segment id of another workspace is unknown here, even to a member of both.
        MediaWorkspace other = MediaWorkspace.create();
        other.as("analyst", "updateSegment", "id", ws.segments().get("CIOs"), "input", input)
                .body("errors[0].extensions.field", equalTo("id"));
        ws.as("analyst", "segments").body("data.segments.name", contains("CIOs", "Engineers"));
    }

    @Test
    void tenSimultaneousCreationsOfOneNameMakeOneSegmentAndNineDuplicateErrors() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // Names differing in case only: the database's own rule, not just the service's check.
            String name = i % 2 == 0 ? "Race" : "RACE";
            calls.add(() -> ws.as(
                            "analyst",
                            "createSegment",
                            "input",
                            Map.of("name", name, "immersion", "EXPERT", "reactionWeight", 0.5))
                    .extract()
                    .asString());
        }
        List<String> answers = Concurrently.run(calls);
        assertEquals(
                1,
                answers.stream()
                        .filter(answer -> answer.contains("\"createSegment\":{"))
                        .count(),
                answers.toString());
        for (String answer :
                answers.stream().filter(answer -> answer.contains("errors")).toList()) {
            JsonObject extensions = new JsonObject(answer)
                    .getJsonArray("errors")
                    .getJsonObject(0)
                    .getJsonObject("extensions");
            assertEquals("DUPLICATE", extensions.getString("code"), answer);
            assertEquals("name", extensions.getString("field"), answer);
            assertEquals("NAME_TAKEN", extensions.getString("reason"), answer);
        }
        ws.as("viewer", "segments").body("data.segments.name", hasItem(equalToIgnoringCase("race")));
    }
}
