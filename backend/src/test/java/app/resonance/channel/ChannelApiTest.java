package app.resonance.channel;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class ChannelApiTest {

    @Test
    void channelsCarryTypeUrlAndPublisher() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as("viewer", "channels")
                .body("data.channels.name", containsInAnyOrder("CIO Daily", "DevBlog", "LinkedIn"))
                .body("data.channels.find { it.name == 'CIO Daily' }.url", equalTo("https://ciodaily.example"))
                .body("data.channels.find { it.name == 'DevBlog' }.type", equalTo("INDUSTRY_BLOG"));
        ws.as("analyst", "createChannel", "input", Map.of("name", "Bad", "type", "MEDIA", "url", "ftp://nope"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("url"));
        ws.as(
                        "analyst",
                        "updateChannel",
                        "id",
                        ws.channels().get("DevBlog"),
                        "input",
                        Map.of("name", "DevBlog", "type", "OTHER", "publisher", " "))
                .body("data.updateChannel.type", equalTo("OTHER"))
                .body("data.updateChannel.publisher", nullValue());
    }

    @Test
    void weightsAreSetInOneCallAndZeroRemovesAPair() {
        MediaWorkspace ws = MediaWorkspace.create();
        String cios = ws.segments().get("CIOs");
        String engineers = ws.segments().get("Engineers");
        setWeights(
                        ws,
                        "analyst",
                        weight(cios, ws.channels().get("CIO Daily"), 0.9),
                        weight(cios, ws.channels().get("LinkedIn"), 0.4),
                        weight(engineers, ws.channels().get("DevBlog"), 0.8))
                .body("errors", nullValue())
                .body("data.setChannelWeights", hasSize(3));
        setWeights(
                        ws,
                        "analyst",
                        weight(cios, ws.channels().get("CIO Daily"), 1.0),
                        weight(cios, ws.channels().get("LinkedIn"), 0))
                .body("data.setChannelWeights", hasSize(2));
        ws.as("viewer", "channelWeights")
                .body(
                        "data.channelWeights.find { it.channelId == '"
                                + ws.channels().get("CIO Daily") + "' }.weight",
                        equalTo(1.0f))
                .body(
                        "data.channelWeights.channelId",
                        containsInAnyOrder(
                                ws.channels().get("CIO Daily"), ws.channels().get("DevBlog")));
    }

    @Test
    void aBadWeightRejectsTheWholeCallNamingTheEntry() {
        MediaWorkspace ws = MediaWorkspace.create();
        MediaWorkspace other = MediaWorkspace.create();
        String cios = ws.segments().get("CIOs");
        String daily = ws.channels().get("CIO Daily");
        setWeights(
                        ws,
                        "analyst",
                        weight(cios, daily, 0.9),
                        weight(cios, ws.channels().get("LinkedIn"), 1.2))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("weight"));
        setWeights(
                        ws,
                        "analyst",
                        weight(cios, daily, 0.9),
                        weight(cios, other.channels().get("LinkedIn"), 0.5))
                .body("errors[0].extensions.field", equalTo("weights[1].channelId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        setWeights(ws, "analyst", weight(cios, daily, 0.9), weight(cios, daily, 0.5))
                .body("errors[0].extensions.field", equalTo("weights[1]"))
                .body("errors[0].extensions.reason", equalTo("GIVEN_TWICE"));
        setWeights(ws, "viewer", weight(cios, daily, 0.9)).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "channelWeights").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "channelWeights").body("data.channelWeights", empty());
    }

    @Test
    void aChannelWithPublicationsCannotBeDeleted() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.publish(ws.publication("Launch", "Northwind", "DevBlog", "2026-05-01T10:00:00Z", 0.5));
        ws.as("analyst", "deleteChannel", "id", ws.channels().get("DevBlog"))
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("HAS_PUBLICATIONS"));
        ws.as("analyst", "deleteChannel", "id", ws.channels().get("LinkedIn"))
                .body("data.deleteChannel", equalTo(ws.channels().get("LinkedIn")));
        ws.as("analyst", "channels").body("data.channels", hasSize(2));
    }

    /** GraphQL resolves these root fields concurrently: none of them may share a database session. */
    @Test
    void theWholeMediaFieldLoadsInOneRequestAgainAndAgain() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.publish(ws.publication("Launch", "Northwind", "DevBlog", "2026-05-01T10:00:00Z", 0.5));
        for (int i = 0; i < 40; i++) {
            ws.as("viewer", "mediaField")
                    .body("errors", nullValue())
                    .body("data.workspace.members", hasSize(3))
                    .body("data.segments", hasSize(2))
                    .body("data.channels", hasSize(3))
                    .body("data.brands", hasSize(3))
                    .body("data.publications.totalCount", equalTo(1))
                    .body("data.publications.edges[0].node.brand.name", equalTo("Northwind"));
        }
    }

    @SafeVarargs
    private static ValidatableResponse setWeights(MediaWorkspace ws, String user, Map<String, Object>... weights) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> weight : weights) {
            list.add(weight);
        }
        return ws.as(user, "setChannelWeights", "weights", list);
    }

    private static Map<String, Object> weight(String segmentId, String channelId, double weight) {
        return Map.of("segmentId", segmentId, "channelId", channelId, "weight", weight);
    }
}
