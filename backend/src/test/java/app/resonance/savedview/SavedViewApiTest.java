package app.resonance.savedview;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class SavedViewApiTest {

    private static final String KEY_STAFF_IN_POLAND =
            "{\"search\":\"kow\",\"filter\":{\"keyStaff\":true,\"countries\":[\"PL\"]},\"orderBy\":\"NAME_DESC\"}";

    private static Map<String, Object> view(String screen, String name, String state) {
        return Map.of("screen", screen, "name", name, "state", state);
    }

    @Test
    void aMemberPicksTheirSavedViewOfAScreenAgainAndOthersDoNotSeeIt() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as("viewer", "createSavedView", "input", view("contacts", " Key staff PL ", KEY_STAFF_IN_POLAND))
                .body("errors", nullValue())
                .body("data.createSavedView.name", equalTo("Key staff PL"));
        ws.as("viewer", "createSavedView", "input", view("contacts", "All", "{}"))
                .body("errors", nullValue());
        ws.as("viewer", "createSavedView", "input", view("companies", "Current", "{\"statuses\":[\"CURRENT\"]}"))
                .body("errors", nullValue());

        String state = ws.as("viewer", "savedViews", "screen", "contacts")
                .body("data.savedViews.name", contains("All", "Key staff PL"))
                .extract()
                .path("data.savedViews[1].state");
        assertEquals(new JsonObject(KEY_STAFF_IN_POLAND), new JsonObject(state));
        ws.as("viewer", "savedViews", "screen", "companies").body("data.savedViews.name", contains("Current"));
        ws.as("analyst", "savedViews", "screen", "contacts").body("data.savedViews", empty());
    }

    @Test
    void aNameIsUniquePerMemberAndScreenRegardlessOfCase() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as("analyst", "createSavedView", "input", view("contacts", "Mine", "{}"))
                .body("errors", nullValue());
        ws.as("analyst", "createSavedView", "input", view("contacts", "MINE", "{\"search\":\"a\"}"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("name"))
                .body("errors[0].extensions.reason", equalTo("NAME_TAKEN"));
        ws.as("analyst", "createSavedView", "input", view("companies", "Mine", "{}"))
                .body("errors", nullValue());
        ws.as("viewer", "createSavedView", "input", view("contacts", "Mine", "{}"))
                .body("errors", nullValue());
    }

    @Test
    void theStateMustBeABoundedJsonObject() {
        MediaWorkspace ws = MediaWorkspace.create();
        for (String notAnObject : new String[] {"[1, 2]", "\"text\"", "{\"open\": ", "42"}) {
            ws.as("analyst", "createSavedView", "input", view("contacts", "Bad", notAnObject))
                    .body("errors[0].extensions.field", equalTo("state"))
                    .body("errors[0].extensions.reason", equalTo("NOT_A_JSON_OBJECT"));
        }
        // 4,100 two-byte letters: within the field's 8,192 characters, above its 8,192 bytes.
        String wide = "{\"search\":\"" + "ż".repeat(4_100) + "\"}";
        ws.as("analyst", "createSavedView", "input", view("contacts", "Wide", wide))
                .body("errors[0].extensions.field", equalTo("state"))
                .body("errors[0].extensions.reason", equalTo("STATE_TOO_LARGE"))
                .body("errors[0].extensions.value", equalTo("8192"));
        ws.as("analyst", "createSavedView", "input", view("Contacts!", "Odd screen", "{}"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("screen"));
        ws.as("analyst", "savedViews", "screen", "contacts").body("data.savedViews", empty());
    }

    @Test
    void aMemberDeletesOnlyTheirOwnViews() {
        MediaWorkspace ws = MediaWorkspace.create();
        String id = ws.as("analyst", "createSavedView", "input", view("contacts", "Mine", "{}"))
                .extract()
                .path("data.createSavedView.id");
        ws.as("viewer", "deleteSavedView", "id", id)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("outsider", "deleteSavedView", "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "deleteSavedView", "id", id).body("data.deleteSavedView", equalTo(id));
        ws.as("analyst", "savedViews", "screen", "contacts").body("data.savedViews", empty());
    }
}
