package app.resonance.campaign;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The campaign list over a hand-made programme: Alpha (conference, 10–20 Jan 2027, planned, 100 invitations and
 * 1,000.00 revenue, venue 1,000.00) with its mailing Beta (1–2 Feb, 50 invitations), and under Beta the webinar
 * Gamma (1 Mar without an end, 25 invitations, 10 attendees, staff 200.00 planned / 50.00 spent); Delta (promo
 * without dates, owned by admin, business line Hardware) stands alone.
 */
@QuarkusTest
@RealStackTest
class CampaignListTest {

    private static MediaWorkspace ws;
    private static String alpha;

    /** Once per class; not in @BeforeAll, which runs before Quarkus points REST Assured at the app. */
    @BeforeEach
    void programme() {
        if (ws != null) {
            return;
        }
        ws = MediaWorkspace.create();
        Map<String, Object> a = campaign("Alpha", "CONFERENCE", "2027-01-10", "2027-01-20");
        a.put("owner", "analyst");
        a.put("businessLine", "Cloud");
        a.put("planned", Map.of("invitations", 100, "revenue", "1000.00"));
        alpha = CampaignApiTest.create(ws, a);
        ws.as("analyst", "changeCampaignStatus", "id", alpha, "status", "PLANNED")
                .body("errors", nullValue());
        Map<String, Object> b = campaign("Beta", "MAILING", "2027-02-01", "2027-02-02");
        b.put("businessLine", "Cloud");
        b.put("parentId", alpha);
        b.put("planned", Map.of("invitations", 50));
        String beta = CampaignApiTest.create(ws, b);
        Map<String, Object> g = campaign("Gamma", "WEBINAR", "2027-03-01", null);
        g.put("parentId", beta);
        g.put("planned", Map.of("invitations", 25, "attendees", 10));
        String gamma = CampaignApiTest.create(ws, g);
        Map<String, Object> d = campaign("Delta", "PROMO", null, null);
        d.put("owner", "admin");
        d.put("businessLine", "Hardware");
        CampaignApiTest.create(ws, d);
        ws.as(
                        "analyst",
                        "createBudgetLine",
                        "campaignId",
                        alpha,
                        "input",
                        Map.of("category", "VENUE", "planned", "1000"))
                .body("errors", nullValue());
        ws.as(
                        "analyst",
                        "createBudgetLine",
                        "campaignId",
                        gamma,
                        "input",
                        Map.of("category", "STAFF", "planned", "200", "actual", "50"))
                .body("errors", nullValue());
    }

    private static Map<String, Object> campaign(String name, String type, String startsOn, String endsOn) {
        Map<String, Object> input = CampaignApiTest.campaign(name, type);
        input.put("startsOn", startsOn);
        input.put("endsOn", endsOn);
        return input;
    }

    @Test
    void byStartDateCampaignsWithoutAStartLastPageByPage() {
        String next = ws.as("viewer", "campaigns", "first", 2)
                .body("errors", nullValue())
                .body("data.campaigns.totalCount", equalTo(4))
                .body("data.campaigns.edges.node.name", contains("Alpha", "Beta"))
                .body("data.campaigns.pageInfo.hasNextPage", equalTo(true))
                .extract()
                .path("data.campaigns.pageInfo.endCursor");
        ws.as("viewer", "campaigns", "first", 2, "after", next)
                .body("data.campaigns.edges.node.name", contains("Gamma", "Delta"))
                .body("data.campaigns.pageInfo.hasNextPage", equalTo(false));
        ws.as("viewer", "campaigns", "orderBy", "STARTS_ON_DESC")
                .body("data.campaigns.edges.node.name", contains("Delta", "Gamma", "Beta", "Alpha"));
        ws.as("viewer", "campaigns", "orderBy", "NAME_DESC")
                .body("data.campaigns.edges.node.name", contains("Gamma", "Delta", "Beta", "Alpha"));
        ws.as("viewer", "campaigns", "orderBy", "STATUS_DESC")
                .body("data.campaigns.edges[0].node.name", equalTo("Alpha"));
        ws.as("viewer", "campaigns", "orderBy", "STATUS_ASC")
                .body("data.campaigns.edges[3].node.name", equalTo("Alpha"));
    }

    @Test
    void eachCampaignShowsItsProgrammesPlannedFiguresAndBudget() {
        ws.as("viewer", "campaigns")
                .body("errors", nullValue())
                // Alpha: 100 + 50 + 25 invitations; only Gamma planned attendees; nobody registrations.
                .body("data.campaigns.edges[0].node.planned.invitations", equalTo(100))
                .body("data.campaigns.edges[0].node.programmePlanned.invitations", equalTo(175))
                .body("data.campaigns.edges[0].node.programmePlanned.attendees", equalTo(10))
                .body("data.campaigns.edges[0].node.programmePlanned.registrations", nullValue())
                .body("data.campaigns.edges[0].node.programmePlanned.revenue", equalTo(1000f))
                .body("data.campaigns.edges[0].node.budget.totals.planned", equalTo(1000f))
                .body("data.campaigns.edges[0].node.budget.programme.planned", equalTo(1200f))
                .body("data.campaigns.edges[0].node.budget.programme.actual", equalTo(50f))
                // Beta: 50 + 25; no lines of its own, Gamma's below it.
                .body("data.campaigns.edges[1].node.programmePlanned.invitations", equalTo(75))
                .body("data.campaigns.edges[1].node.budget.totals.planned", equalTo(0))
                .body("data.campaigns.edges[1].node.budget.programme.remaining", equalTo(150f))
                .body("data.campaigns.edges[3].node.programmePlanned.invitations", nullValue());
    }

    @Test
    void filtersNarrowTheList() {
        assertNames(Map.of("types", new String[] {"MAILING", "WEBINAR"}), "Beta", "Gamma");
        assertNames(Map.of("statuses", new String[] {"PLANNED"}), "Alpha");
        assertNames(Map.of("owners", new String[] {"admin"}), "Delta");
        assertNames(Map.of("businessLines", new String[] {"Cloud"}), "Alpha", "Beta");
        assertNames(Map.of("parentId", alpha), "Beta");
        assertNames(Map.of("topLevel", true), "Alpha", "Delta");
        assertNames(Map.of("periodFrom", "2027-01-15", "periodTo", "2027-02-01"), "Alpha", "Beta");
        // Gamma has no end: it lasts its start day only.
        assertNames(Map.of("periodFrom", "2027-03-01", "periodTo", "2027-03-31"), "Gamma");
        assertNames(Map.of("periodFrom", "2027-03-02"));
        ws.as("viewer", "campaigns", "search", "GA")
                .body("data.campaigns.edges.node.name", contains("Gamma"))
                .body("data.campaigns.totalCount", equalTo(1));
        ws.as("viewer", "campaigns", "filter", Map.of("periodFrom", "2027-03-02", "periodTo", "2027-03-01"))
                .body("errors[0].extensions.field", equalTo("filter.periodTo"))
                .body("errors[0].extensions.reason", equalTo("BEFORE_START"));
    }

    @Test
    void strangersAndForeignCursorsAreRefused() {
        ws.as("outsider", "campaigns").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        String byName = ws.as("viewer", "campaigns", "first", 1, "orderBy", "NAME_ASC")
                .extract()
                .path("data.campaigns.pageInfo.endCursor");
        ws.as("viewer", "campaigns", "after", byName)
                .body("errors[0].extensions.field", equalTo("after"))
                .body("errors[0].extensions.reason", equalTo("INVALID_CURSOR"));
        MediaWorkspace.create().as("viewer", "campaigns").body("data.campaigns.edges", empty());
    }

    private static void assertNames(Map<String, Object> filter, String... names) {
        Map<String, Object> lists = new HashMap<>(filter);
        ws.as("viewer", "campaigns", "filter", lists)
                .body("errors", nullValue())
                .body("data.campaigns.edges.node.name", names.length == 0 ? empty() : contains(names));
    }
}
