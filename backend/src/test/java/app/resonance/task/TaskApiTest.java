package app.resonance.task;

import static app.resonance.support.CampaignWorkspace.task;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.CampaignWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class TaskApiTest {

    @Test
    void tasksAreKeptUnderTheirCampaignAndMilestoneAndHandedOn() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        String campaign = ws.campaign("Customer Day", "CONFERENCE", LocalDate.of(2027, 3, 20), null, "");
        String milestone = ws.as(
                        "analyst",
                        "createMilestone",
                        "campaignId",
                        campaign,
                        "input",
                        Map.of("name", "Invitations sent", "dueOn", "2027-02-06"))
                .extract()
                .path("data.createMilestone.id");
        Map<String, Object> input = task(" Write the invitation ", "analyst", 6.5, "2027-02-01", "2027-02-04");
        input.put("milestoneId", milestone);
        String id = ws.as("analyst", "createTask", "campaignId", campaign, "input", input)
                .body("errors", nullValue())
                .body("data.createTask.title", equalTo("Write the invitation"))
                .body("data.createTask.milestoneId", equalTo(milestone))
                .body("data.createTask.estimatedHours", equalTo(6.5f))
                .body("data.createTask.state", equalTo("TODO"))
                .extract()
                .path("data.createTask.id");
        ws.as(
                        "analyst",
                        "createTask",
                        "campaignId",
                        campaign,
                        "input",
                        task("Book the hall", null, 2, null, "2027-01-10"))
                .body("errors", nullValue());

        input.put("state", "IN_PROGRESS");
        input.put("estimatedHours", 8);
        ws.as("analyst", "updateTask", "id", id, "input", input)
                .body("data.updateTask.state", equalTo("IN_PROGRESS"))
                .body("data.updateTask.estimatedHours", equalTo(8f));
        ws.as("analyst", "reassignTask", "id", id, "assignee", "viewer")
                .body("data.reassignTask.assignee", equalTo("viewer"));
        ws.as("viewer", "tasks", "campaignId", campaign)
                .body("data.tasks.title", contains("Book the hall", "Write the invitation"));
        ws.as("viewer", "tasks", "assignee", "viewer").body("data.tasks.title", contains("Write the invitation"));
        ws.as("viewer", "tasks", "milestoneId", milestone).body("data.tasks.id", contains(id));
        // Work from 1 to 4 February touches a period that ends on the 2nd, not one that starts on the 5th.
        ws.as("viewer", "tasks", "from", "2027-01-25", "to", "2027-02-02")
                .body("data.tasks.title", contains("Write the invitation"));
        ws.as("viewer", "tasks", "from", "2027-02-05").body("data.tasks.size()", equalTo(0));

        ws.as("viewer", "reassignTask", "id", id, "assignee", "analyst")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "deleteMilestone", "id", milestone).body("errors", nullValue());
        ws.as("viewer", "tasks", "assignee", "viewer").body("data.tasks[0].milestoneId", nullValue());
        ws.as("analyst", "deleteTask", "id", id).body("data.deleteTask", equalTo(id));
        ws.as("analyst", "deleteTask", "id", id).body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void badTasksAreNamedByTheirField() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        String campaign = ws.campaign("Roadshow", "CONFERENCE", null, null, "");
        String other = ws.campaign("Webinar", "WEBINAR", null, null, "");
        String othersMilestone = ws.as(
                        "analyst",
                        "createMilestone",
                        "campaignId",
                        other,
                        "input",
                        Map.of("name", "Speakers confirmed", "dueOn", "2027-02-06"))
                .extract()
                .path("data.createMilestone.id");
        Map<String, Object> underOther = task("Slides", null, 1, null, "2027-02-01");
        underOther.put("milestoneId", othersMilestone);
        ws.as("analyst", "createTask", "campaignId", campaign, "input", underOther)
                .body("errors[0].extensions.field", equalTo("milestoneId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as(
                        "analyst",
                        "createTask",
                        "campaignId",
                        campaign,
                        "input",
                        task("Slides", "outsider", 1, null, "2027-02-01"))
                .body("errors[0].extensions.field", equalTo("assignee"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_MEMBER"));
        ws.as(
                        "analyst",
                        "createTask",
                        "campaignId",
                        campaign,
                        "input",
                        task("Slides", null, 1, "2027-02-02", "2027-02-01"))
                .body("errors[0].extensions.field", equalTo("dueOn"))
                .body("errors[0].extensions.reason", equalTo("NOT_AFTER_START"));
        ws.as("analyst", "createTask", "campaignId", campaign, "input", task("Slides", null, -1, null, "2027-02-01"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("estimatedHours"));
        String id = ws.as(
                        "analyst",
                        "createTask",
                        "campaignId",
                        campaign,
                        "input",
                        task("Slides", null, 1, null, "2027-02-01"))
                .extract()
                .path("data.createTask.id");
        ws.as("analyst", "reassignTask", "id", id, "assignee", "outsider")
                .body("errors[0].extensions.field", equalTo("assignee"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_MEMBER"));
    }
}
