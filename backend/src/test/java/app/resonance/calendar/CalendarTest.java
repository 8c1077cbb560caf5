package app.resonance.calendar;

import static app.resonance.support.CampaignWorkspace.campaignInput;
import static app.resonance.support.CampaignWorkspace.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.CampaignWorkspace;
import app.resonance.support.GraphQL;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class CalendarTest {

    @Test
    void theFeedParsesBackWithIcal4jAndHoldsTheMembersMilestonesAndTasks() throws Exception {
        CampaignWorkspace ws = CampaignWorkspace.create();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String campaign = ws.campaign("Customer Day", "CONFERENCE", today.plusDays(30), "Europe/Berlin", "");
        String dropped = ws.campaign("Dropped", "WEBINAR", "CANCELLED", today.plusDays(30), null, "");
        String invitations = ws.milestone(campaign, "Invitations sent", today.plusDays(10), "analyst");
        ws.milestone(campaign, "Viewer's milestone", today.plusDays(11), "viewer");
        ws.milestone(dropped, "Of a cancelled campaign", today.plusDays(12), "analyst");
        String badges = ws.as(
                        "analyst",
                        "createTask",
                        "campaignId",
                        campaign,
                        "input",
                        task(
                                "Print badges",
                                "analyst",
                                4,
                                today.plusDays(3).toString(),
                                today.plusDays(5).toString()))
                .extract()
                .path("data.createTask.id");

        String url = ws.as("analyst", "calendarFeed")
                .body("data.calendarFeed.url", startsWith("/api/calendar/"))
                .extract()
                .path("data.calendarFeed.url");
        ws.as("analyst", "calendarFeed").body("data.calendarFeed.url", equalTo(url));

        String ics = given().get(url)
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/calendar"))
                .header("RateLimit-Limit", notNullValue())
                .extract()
                .asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> events = new TreeMap<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            events.put(text(event, Property.UID), event);
        }
        assertEquals(
                new TreeSet<>(List.of("milestone-" + invitations + "@resonance", "task-" + badges + "@resonance")),
                events.keySet());
        VEvent milestone = events.get("milestone-" + invitations + "@resonance");
        assertEquals("Invitations sent (Customer Day)", text(milestone, Property.SUMMARY));
        assertEquals(
                today.plusDays(10),
                milestone.<LocalDate>getDateTimeStart().orElseThrow().getDate());
        VEvent task = events.get("task-" + badges + "@resonance");
        assertEquals(
                today.plusDays(3),
                task.<LocalDate>getDateTimeStart().orElseThrow().getDate());
        assertEquals(
                today.plusDays(6),
                task.<LocalDate>getDateTimeEnd().orElseThrow().getDate());
    }

    @Test
    void aForgedResetOrFormerMembersLinkFindsNothing() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        String url = ws.as("viewer", "calendarFeed").extract().path("data.calendarFeed.url");
        given().get(url).then().statusCode(200);
        ws.as("analyst", "calendarFeed").body("errors", nullValue());
        // Another member's feed, signed with a key of the forger's choosing.
        byte[] guessed = new byte[32];
        new SecureRandom().nextBytes(guessed);
        given().get("/api/calendar/" + CalendarFeedTokens.sign(UUID.fromString(ws.id()), "analyst", guessed) + ".ics")
                .then()
                .statusCode(404);
        given().get("/api/calendar/not-a-token.ics").then().statusCode(404);

        String renewed = ws.as("viewer", "resetCalendarFeed").extract().path("data.resetCalendarFeed.url");
        given().get(url).then().statusCode(404);
        given().get(renewed).then().statusCode(200);
        GraphQL.as("admin", "removeMember", "workspaceId", ws.id(), "username", "viewer")
                .body("errors", nullValue());
        given().get(renewed).then().statusCode(404);
    }

    @Test
    void theTimelineHoldsTheCampaignsAndMilestonesOfThePeriod() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        Map<String, Object> fair =
                campaignInput("Spring fair", "EXHIBITION", LocalDate.of(2027, 4, 20), null, "Cooling");
        fair.put("startsOn", "2027-03-01");
        fair.put("endsOn", "2027-04-30");
        String spring = ws.campaign(fair, "PLANNED");
        ws.campaign("Summer webinar", "WEBINAR", LocalDate.of(2027, 7, 1), null, "");
        ws.milestone(spring, "Stand booked", LocalDate.of(2027, 2, 1), null);
        ws.milestone(spring, "Stand assembled", LocalDate.of(2027, 4, 19), "analyst");

        ws.as("viewer", "campaignCalendar", "from", "2027-04-01", "to", "2027-04-30")
                .body("errors", nullValue())
                .body("data.campaignCalendar.campaigns.name", contains("Spring fair"))
                .body("data.campaignCalendar.campaigns[0].startsOn", equalTo("2027-03-01"))
                .body("data.campaignCalendar.campaigns[0].eventDate", equalTo("2027-04-20"))
                .body("data.campaignCalendar.milestones.name", contains("Stand assembled"));
        ws.as("viewer", "campaignCalendar", "from", "2027-01-01", "to", "2027-12-31")
                .body("data.campaignCalendar.campaigns.name", contains("Spring fair", "Summer webinar"))
                .body("data.campaignCalendar.milestones.name", contains("Stand booked", "Stand assembled"));
        ws.as("viewer", "campaignCalendar", "from", "2027-04-30", "to", "2027-04-01")
                .body("errors[0].extensions.field", equalTo("to"))
                .body("errors[0].extensions.reason", equalTo("NOT_AFTER_START"));
        ws.as("viewer", "campaignCalendar", "from", "2027-01-01", "to", "2029-12-31")
                .body("errors[0].extensions.reason", equalTo("WINDOW_TOO_LONG"));
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
