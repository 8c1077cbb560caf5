package app.resonance.campaign;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class CampaignApiTest {

    private static MediaWorkspace ws;

    /** Once per class; not in @BeforeAll, which runs before Quarkus points REST Assured at the app. */
    @BeforeEach
    void workspace() {
        if (ws == null) {
            ws = MediaWorkspace.create();
        }
    }

    static Map<String, Object> campaign(String name, String type) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("type", type);
        return input;
    }

    /** Creates the campaign as analyst and answers its id. */
    static String create(MediaWorkspace ws, Map<String, Object> input) {
        return ws.as("analyst", "createCampaign", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createCampaign.id");
    }

    @Test
    void aConferenceKeepsItsVenueTimeOwnerGoalsAndPlannedFigures() {
        Map<String, Object> input = campaign("  Partner Summit 2027 ", "CONFERENCE");
        input.put("startsOn", "2027-03-01");
        input.put("endsOn", "2027-03-31");
        input.put("venue", "Hotel Bristol, Warsaw");
        input.put("eventDate", "2027-03-25");
        input.put("eventTime", "09:30:00");
        input.put("eventTimeZone", "Europe/Warsaw");
        input.put("owner", "analyst");
        input.put("businessLine", "Cloud");
        input.put("goals", "Grow the partner channel.");
        input.put(
                "planned",
                Map.of(
                        "invitations", 800,
                        "registrations", 200,
                        "attendees", 150,
                        "opportunities", 30,
                        "revenue", "250000.50"));
        String id = ws.as("analyst", "createCampaign", "input", input)
                .body("errors", nullValue())
                .body("data.createCampaign.name", equalTo("Partner Summit 2027"))
                .body("data.createCampaign.status", equalTo("DRAFT"))
                .body("data.createCampaign.delivery", equalTo("IN_HOUSE"))
                // 09:30 in Warsaw in March, before daylight saving time starts on the 28th: UTC+1.
                .body("data.createCampaign.eventStartsAt", equalTo("2027-03-25T09:30:00+01:00"))
                .extract()
                .path("data.createCampaign.id");

        ws.as("viewer", "campaign", "id", id)
                .body("errors", nullValue())
                .body("data.campaign.venue", equalTo("Hotel Bristol, Warsaw"))
                .body("data.campaign.eventTime", equalTo("09:30:00"))
                .body("data.campaign.owner", equalTo("analyst"))
                .body("data.campaign.businessLine", equalTo("Cloud"))
                .body("data.campaign.planned.attendees", equalTo(150))
                .body("data.campaign.planned.revenue", equalTo(250000.5f));

        input.put("eventDate", "2027-04-01");
        ws.as("analyst", "updateCampaign", "id", id, "input", input)
                .body("errors", nullValue())
                .body("data.updateCampaign.eventStartsAt", equalTo("2027-04-01T09:30:00+02:00"));
    }

    @Test
    void anOutsourcedCampaignNamesASupplierOfItsOwnWorkspace() {
        String supplier = ws.as(
                        "analyst",
                        "createSupplier",
                        "input",
                        Map.of("name", "Expo Builders", "services", List.of("STAND")))
                .body("errors", nullValue())
                .extract()
                .path("data.createSupplier.id");
        Map<String, Object> input = campaign("Trade fair stand", "EXHIBITION");
        input.put("delivery", "OUTSOURCED");
        ws.as("analyst", "createCampaign", "input", input)
                .body("errors[0].extensions.field", equalTo("supplierId"))
                .body("errors[0].extensions.reason", equalTo("MISSING"));

        MediaWorkspace other = MediaWorkspace.create();
        String foreignSupplier = other.as(
                        "analyst", "createSupplier", "input", Map.of("name", "Elsewhere", "services", List.of("STAND")))
                .extract()
                .path("data.createSupplier.id");
        input.put("supplierId", foreignSupplier);
        ws.as("analyst", "createCampaign", "input", input)
                .body("errors[0].extensions.field", equalTo("supplierId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));

        input.put("supplierId", supplier);
        input.put("outsourcingReason", "We have no stand crew.");
        ws.as("analyst", "createCampaign", "input", input)
                .body("errors", nullValue())
                .body("data.createCampaign.supplierId", equalTo(supplier))
                .body("data.createCampaign.outsourcingReason", equalTo("We have no stand crew."));

        Map<String, Object> inHouse = campaign("Own stand", "EXHIBITION");
        inHouse.put("supplierId", supplier);
        ws.as("analyst", "createCampaign", "input", inHouse)
                .body("errors[0].extensions.field", equalTo("supplierId"))
                .body("errors[0].extensions.reason", equalTo("ONLY_WHEN_OUTSOURCED"));
    }

    @Test
    void badFieldsAreNamed() {
        Map<String, Object> backwards = campaign("Backwards", "WEBINAR");
        backwards.put("startsOn", "2027-05-10");
        backwards.put("endsOn", "2027-05-09");
        ws.as("analyst", "createCampaign", "input", backwards)
                .body("errors[0].extensions.field", equalTo("endsOn"))
                .body("errors[0].extensions.reason", equalTo("BEFORE_START"))
                .body("errors[0].extensions.value", equalTo("2027-05-10"));

        Map<String, Object> offset = campaign("Offset", "WEBINAR");
        offset.put("eventDate", "2027-05-10");
        offset.put("eventTime", "10:00:00");
        offset.put("eventTimeZone", "+02:00");
        ws.as("analyst", "createCampaign", "input", offset)
                .body("errors[0].extensions.field", equalTo("eventTimeZone"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_TIME_ZONE"));
        offset.put("eventTimeZone", "Mars/Olympus_Mons");
        ws.as("analyst", "createCampaign", "input", offset)
                .body("errors[0].extensions.field", equalTo("eventTimeZone"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_TIME_ZONE"));
        offset.remove("eventTimeZone");
        ws.as("analyst", "createCampaign", "input", offset)
                .body("errors[0].extensions.field", equalTo("eventTimeZone"))
                .body("errors[0].extensions.reason", equalTo("MISSING"));

        Map<String, Object> stranger = campaign("Stranger's", "PROMO");
        stranger.put("owner", "outsider");
        ws.as("analyst", "createCampaign", "input", stranger)
                .body("errors[0].extensions.field", equalTo("owner"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_MEMBER"));

        Map<String, Object> negative = campaign("Negative", "MAILING");
        negative.put("planned", Map.of("invitations", -1));
        ws.as("analyst", "createCampaign", "input", negative)
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("invitations"));

        create(ws, campaign("Taken", "PROMO"));
        ws.as("analyst", "createCampaign", "input", campaign("TAKEN", "PROMO"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("name"));
    }

    @Test
    void aProgrammeCannotContainItselfEvenThroughOtherCampaigns() {
        String programme = create(ws, campaign("Programme 2027", "PROMO"));
        Map<String, Object> child = campaign("Spring wave", "MAILING");
        child.put("parentId", programme);
        String spring = create(ws, child);
        Map<String, Object> grandChild = campaign("Spring reminder", "MAILING");
        grandChild.put("parentId", spring);
        String reminder = create(ws, grandChild);

        Map<String, Object> loop = campaign("Programme 2027", "PROMO");
        loop.put("parentId", reminder);
        ws.as("analyst", "updateCampaign", "id", programme, "input", loop)
                .body("errors[0].extensions.field", equalTo("parentId"))
                .body("errors[0].extensions.reason", equalTo("CAMPAIGN_CYCLE"));
        loop.put("parentId", programme);
        ws.as("analyst", "updateCampaign", "id", programme, "input", loop)
                .body("errors[0].extensions.reason", equalTo("CAMPAIGN_CYCLE"));

        MediaWorkspace other = MediaWorkspace.create();
        Map<String, Object> adopted = campaign("Adopted", "PROMO");
        adopted.put("parentId", programme);
        other.as("analyst", "createCampaign", "input", adopted)
                .body("errors[0].extensions.field", equalTo("parentId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));

        ws.as("analyst", "deleteCampaign", "id", spring).body("data.deleteCampaign", equalTo(spring));
        ws.as("viewer", "campaign", "id", reminder).body("data.campaign.parentId", nullValue());
    }

    @Test
    void statusMovesOnlyForwardAndCancelledOnlyBeforeCompletion() {
        String id = create(ws, campaign("Webinar series", "WEBINAR"));
        ws.as("analyst", "changeCampaignStatus", "id", id, "status", "RUNNING")
                .body("errors[0].extensions.field", equalTo("status"))
                .body("errors[0].extensions.reason", equalTo("STATUS_NOT_REACHABLE"))
                .body("errors[0].extensions.value", equalTo("DRAFT"));
        for (String status : List.of("PLANNED", "RUNNING", "COMPLETED")) {
            ws.as("analyst", "changeCampaignStatus", "id", id, "status", status)
                    .body("errors", nullValue())
                    .body("data.changeCampaignStatus.status", equalTo(status));
        }
        ws.as("analyst", "changeCampaignStatus", "id", id, "status", "CANCELLED")
                .body("errors[0].extensions.reason", equalTo("STATUS_NOT_REACHABLE"))
                .body("errors[0].extensions.value", equalTo("COMPLETED"));

        String planned = create(ws, campaign("Cancelled roadshow", "CONFERENCE"));
        ws.as("analyst", "changeCampaignStatus", "id", planned, "status", "PLANNED")
                .body("errors", nullValue());
        ws.as("analyst", "changeCampaignStatus", "id", planned, "status", "CANCELLED")
                .body("data.changeCampaignStatus.status", equalTo("CANCELLED"));
        ws.as("analyst", "changeCampaignStatus", "id", planned, "status", "PLANNED")
                .body("errors[0].extensions.value", equalTo("CANCELLED"));
    }

    @Test
    void viewersReadAndOutsidersSeeNothing() {
        String id = create(ws, campaign("Members only", "PROMO"));
        ws.as("viewer", "createCampaign", "input", campaign("Viewer's", "PROMO"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "changeCampaignStatus", "id", id, "status", "PLANNED")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "campaign", "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        MediaWorkspace.create()
                .as("viewer", "campaign", "id", id)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }
}
