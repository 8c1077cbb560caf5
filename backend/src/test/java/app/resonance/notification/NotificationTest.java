package app.resonance.notification;

import static app.resonance.support.CampaignWorkspace.milestoneInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.resonance.support.CampaignWorkspace;
import app.resonance.support.GraphQL;
import app.resonance.support.GraphQLSocket;
import app.resonance.support.RealStackTest;
import app.resonance.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Due-soon and overdue milestones tell their responsible member, live and once (campaigns in UTC). */
@QuarkusTest
@RealStackTest
class NotificationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    NotificationService notifications;

    @Test
    void theResponsibleMemberIsToldLiveOnceAndTheNotificationsStay() throws Exception {
        CampaignWorkspace ws = CampaignWorkspace.create();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String campaign = ws.campaign("Customer Day", "CONFERENCE", today.plusDays(20), null, "");
        String late = ws.milestone(campaign, "Invitations sent", today.minusDays(1), "analyst");
        String soon = ws.milestone(campaign, "Reminders sent", today.plusDays(2), "analyst");
        ws.milestone(campaign, "Sales calls done", today.plusDays(30), "analyst");
        ws.milestone(campaign, "Viewer's own", today.minusDays(1), "viewer");

        try (GraphQLSocket analyst = socket("analyst")) {
            // since 0: what is stored before the subscription is live comes as a replay, so no race.
            analyst.subscribe(
                    "1",
                    GraphQL.operation("liveNotifications"),
                    new JsonObject().put("workspaceId", ws.id()).put("since", "0"));
            notifications.raiseDue().await().atMost(WAIT);

            Map<String, String> received = new HashMap<>();
            for (int i = 0; i < 2; i++) {
                JsonObject notification = next(analyst, WAIT);
                assertNotNull(notification, "a notification for analyst");
                assertEquals("analyst", notification.getString("recipient"));
                assertEquals("Customer Day", notification.getString("campaignName"));
                received.put(notification.getString("milestoneId"), notification.getString("kind"));
            }
            assertEquals(Map.of(late, "OVERDUE", soon, "DUE_SOON"), received);

            notifications.raiseDue().await().atMost(WAIT);
            assertNull(next(analyst, Duration.ofSeconds(2)), "a notification raised twice");
        }

        String id = ws.as("analyst", "notifications")
                .body("data.notifications.milestoneName", contains("Reminders sent", "Invitations sent"))
                .body("data.notifications.readAt", contains(nullValue(), nullValue()))
                .extract()
                .path("data.notifications[0].id");
        ws.as("analyst", "markNotificationRead", "id", id).body("data.markNotificationRead.readAt", notNullValue());
        ws.as("analyst", "notifications", "unreadOnly", true)
                .body("data.notifications.milestoneName", contains("Invitations sent"));
        ws.as("viewer", "notifications").body("data.notifications.milestoneName", contains("Viewer's own"));
        ws.as("viewer", "notification", "id", id)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void aMilestoneMovedToANewDateTellsAgainAndADoneOneNever() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String campaign = ws.campaign("Expo", "EXHIBITION", today.plusDays(20), null, "");
        String id = ws.milestone(campaign, "Stand booked", today.plusDays(1), "analyst");
        String done = ws.milestone(campaign, "Materials printed", today.minusDays(3), "analyst");
        ws.as("analyst", "setMilestoneDone", "id", done, "done", true).body("errors", nullValue());
        notifications.raiseDue().await().atMost(WAIT);
        ws.as(
                        "analyst",
                        "updateMilestone",
                        "id",
                        id,
                        "input",
                        milestoneInput("Stand booked", today.plusDays(3), "analyst"))
                .body("errors", nullValue());
        notifications.raiseDue().await().atMost(WAIT);
        ws.as("analyst", "notifications")
                .body(
                        "data.notifications.dueOn",
                        contains(today.plusDays(3).toString(), today.plusDays(1).toString()))
                .body("data.notifications.kind", contains("DUE_SOON", "DUE_SOON"));
    }

    private GraphQLSocket socket(String user) throws InterruptedException {
        GraphQLSocket socket = GraphQLSocket.connect(
                URI.create(graphql.toString().replaceFirst("^http", "ws")), TestUsers.token(user));
        assertEquals("connection_ack", socket.next(WAIT).getString("type"));
        return socket;
    }

    private static JsonObject next(GraphQLSocket socket, Duration wait) throws InterruptedException {
        JsonObject message = socket.next(wait);
        if (message == null) {
            return null;
        }
        assertEquals("next", message.getString("type"), message.encode());
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("notifications");
    }
}
