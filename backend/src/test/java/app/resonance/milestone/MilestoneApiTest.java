package app.resonance.milestone;

import static app.resonance.support.CampaignWorkspace.campaignInput;
import static app.resonance.support.CampaignWorkspace.milestoneInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.CampaignWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class MilestoneApiTest {

    @Test
    void aConferenceTemplateCountsItsMilestonesFromTheEventDate() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        String conference = ws.campaign("Customer Day", "CONFERENCE", LocalDate.of(2027, 3, 20), "Europe/Berlin", "");
        ws.as("analyst", "applyMilestoneTemplate", "campaignId", conference)
                .body("errors", nullValue())
                .body(
                        "data.applyMilestoneTemplate.name",
                        contains(
                                "Target groups ready",
                                "Invitations sent",
                                "Second wave sent",
                                "Postcards mailed",
                                "Registration closes",
                                "Reminders sent",
                                "Event day",
                                "Follow-up sent",
                                "Sales calls done"))
                .body(
                        "data.applyMilestoneTemplate.dueOn",
                        contains(
                                "2027-01-23",
                                "2027-02-06",
                                "2027-02-20",
                                "2027-02-27",
                                "2027-03-13",
                                "2027-03-18",
                                "2027-03-20",
                                "2027-03-22",
                                "2027-04-10"))
                .body("data.applyMilestoneTemplate.daysFromEvent", contains(-56, -42, -28, -21, -7, -2, 0, 2, 21))
                .body("data.applyMilestoneTemplate.responsible", everyItem(equalTo("analyst")));
    }

    @Test
    void movingTheEventDateMovesTemplateMilestonesButNotThoseSetByHand() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        Map<String, Object> input =
                campaignInput("Customer Day", "CONFERENCE", LocalDate.of(2027, 3, 20), "Europe/Berlin", "");
        String conference = ws.campaign(input, "PLANNED");
        ws.as("analyst", "applyMilestoneTemplate", "campaignId", conference).body("errors", nullValue());
        String invitations = ws.as("viewer", "milestones", "campaignId", conference)
                .extract()
                .path("data.milestones.find { it.name == 'Invitations sent' }.id");
        // Moved by hand to the 8th of February: it stays there from now on.
        ws.as(
                        "analyst",
                        "updateMilestone",
                        "id",
                        invitations,
                        "input",
                        milestoneInput("Invitations sent", "2027-02-08", "analyst"))
                .body("data.updateMilestone.daysFromEvent", nullValue());
        ws.milestone(conference, "Venue signed", LocalDate.of(2027, 1, 10), null);

        // Two weeks later, across the change to summer time on 28 March.
        input.put("eventDate", "2027-04-03");
        ws.as("analyst", "updateCampaign", "id", conference, "input", input).body("errors", nullValue());
        ws.as("viewer", "milestones", "campaignId", conference)
                .body("data.milestones.find { it.name == 'Target groups ready' }.dueOn", equalTo("2027-02-06"))
                .body("data.milestones.find { it.name == 'Event day' }.dueOn", equalTo("2027-04-03"))
                .body("data.milestones.find { it.name == 'Sales calls done' }.dueOn", equalTo("2027-04-24"))
                .body("data.milestones.find { it.name == 'Invitations sent' }.dueOn", equalTo("2027-02-08"))
                .body("data.milestones.find { it.name == 'Venue signed' }.dueOn", equalTo("2027-01-10"));
    }

    @Test
    void applyingTheTemplateAgainAddsOnlyWhatIsMissing() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        String fair = ws.campaign("Cold Chain Expo", "EXHIBITION", LocalDate.of(2027, 5, 10), null, "");
        ws.as(
                        "analyst",
                        "createMilestone",
                        "campaignId",
                        fair,
                        "input",
                        milestoneInput("Stand booked", "2027-01-15", null))
                .body("errors", nullValue());
        ws.as("analyst", "applyMilestoneTemplate", "campaignId", fair).body("errors", nullValue());
        ws.as("analyst", "applyMilestoneTemplate", "campaignId", fair)
                .body("data.applyMilestoneTemplate.size()", equalTo(6))
                // The one made by hand stays as it was.
                .body("data.applyMilestoneTemplate[0].name", equalTo("Stand booked"))
                .body("data.applyMilestoneTemplate[0].dueOn", equalTo("2027-01-15"))
                .body("data.applyMilestoneTemplate[0].daysFromEvent", nullValue())
                .body("data.applyMilestoneTemplate.name", hasItem("Stand assembled"));
    }

    @Test
    void aMailingCountsFromItsStartAndAPromotionHasNoTemplate() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        Map<String, Object> letter = campaignInput("Spring letter", "MAILING", null, null, "");
        String mailing = ws.campaign(letter, "PLANNED");
        ws.as("analyst", "applyMilestoneTemplate", "campaignId", mailing)
                .body("errors[0].extensions.field", equalTo("eventDate"))
                .body("errors[0].extensions.reason", equalTo("MISSING"));
        letter.put("startsOn", "2027-04-01");
        ws.as("analyst", "updateCampaign", "id", mailing, "input", letter).body("errors", nullValue());
        ws.as("analyst", "applyMilestoneTemplate", "campaignId", mailing)
                .body("data.applyMilestoneTemplate.find { it.name == 'Mailing sent' }.dueOn", equalTo("2027-04-01"))
                .body(
                        "data.applyMilestoneTemplate.find { it.name == 'Target group ready' }.dueOn",
                        equalTo("2027-03-18"));
        String promo = ws.campaign("Two for one", "PROMO", LocalDate.of(2027, 4, 1), null, "");
        ws.as("analyst", "applyMilestoneTemplate", "campaignId", promo)
                .body("errors[0].extensions.field", equalTo("campaignId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOR_THIS_TYPE"))
                .body("errors[0].extensions.value", equalTo("PROMO"));
    }

    @Test
    void milestonesAreKeptTickedOffAndDeleted() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        String campaign = ws.campaign("Roadshow", "CONFERENCE", LocalDate.of(2027, 6, 1), null, "");
        String id = ws.as(
                        "analyst",
                        "createMilestone",
                        "campaignId",
                        campaign,
                        "input",
                        milestoneInput("  Venue signed ", "2027-02-01", "viewer"))
                .body("errors", nullValue())
                .body("data.createMilestone.name", equalTo("Venue signed"))
                .body("data.createMilestone.daysFromEvent", nullValue())
                .body("data.createMilestone.doneAt", nullValue())
                .extract()
                .path("data.createMilestone.id");
        ws.as("analyst", "updateMilestone", "id", id, "input", milestoneInput("Venue signed", "2027-02-03", null))
                .body("data.updateMilestone.dueOn", equalTo("2027-02-03"))
                .body("data.updateMilestone.responsible", nullValue());
        ws.as("analyst", "setMilestoneDone", "id", id, "done", true)
                .body("data.setMilestoneDone.doneAt", notNullValue());
        ws.as("viewer", "milestones", "campaignId", campaign).body("data.milestones[0].doneAt", notNullValue());
        ws.as("analyst", "setMilestoneDone", "id", id, "done", false).body("data.setMilestoneDone.doneAt", nullValue());
        ws.as("viewer", "setMilestoneDone", "id", id, "done", true)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "deleteMilestone", "id", id).body("data.deleteMilestone", equalTo(id));
        ws.as("analyst", "deleteMilestone", "id", id)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void badMilestonesAreNamedByTheirField() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        String campaign = ws.campaign("Partner summit", "CONFERENCE", null, null, "");
        ws.as(
                        "analyst",
                        "createMilestone",
                        "campaignId",
                        campaign,
                        "input",
                        milestoneInput("Contracts", "2027-02-01", "outsider"))
                .body("errors[0].extensions.field", equalTo("responsible"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_MEMBER"))
                .body("errors[0].extensions.value", equalTo("outsider"));
        ws.as(
                        "analyst",
                        "createMilestone",
                        "campaignId",
                        UUID.randomUUID().toString(),
                        "input",
                        milestoneInput("Contracts", "2027-02-01", null))
                .body("errors[0].extensions.field", equalTo("campaignId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("analyst", "createMilestone", "campaignId", campaign, "input", milestoneInput(" ", "2027-02-01", null))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("name"));
        // Another workspace's campaign is unknown here.
        String elsewhere =
                CampaignWorkspace.create().campaign("Not yours", "CONFERENCE", LocalDate.of(2027, 6, 1), null, "");
        ws.as("analyst", "applyMilestoneTemplate", "campaignId", elsewhere)
                .body("errors[0].extensions.field", equalTo("campaignId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }
}
