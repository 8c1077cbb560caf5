package app.resonance.workload;

import static app.resonance.support.CampaignWorkspace.task;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.CampaignWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workload sums against hand-computed weeks (Mondays 2027-01-04, -11, -18). */
@QuarkusTest
@RealStackTest
class WorkloadTest {

    @Test
    void plannedHoursAreSpreadOverTheDaysOfEachTaskAndSummedPerWeek() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        String conference = ws.campaign("Customer Day", "CONFERENCE", LocalDate.of(2027, 3, 20), null, "Software");
        String expo = ws.campaign("Cold Chain Expo", "EXHIBITION", LocalDate.of(2027, 5, 10), null, "Cooling");
        String cancelled = ws.campaign("Dropped", "WEBINAR", "CANCELLED", LocalDate.of(2027, 1, 20), null, "Software");
        // 10 h over Mon–Fri of the first week.
        create(ws, conference, task("Guest list", "analyst", 10, "2027-01-04", "2027-01-08"));
        // 14 h over 7 days from Friday: 3 days (6 h) in the first week, 4 days (8 h) in the second.
        create(ws, conference, task("Invitation text", "analyst", 14, "2027-01-08", "2027-01-14"));
        // 40 h on its due date (no start), in the second week.
        String big = create(ws, conference, task("Stage design", "analyst", 40, null, "2027-01-13"));
        create(ws, expo, task("Stand layout", "viewer", 8, null, "2027-01-20"));
        create(ws, cancelled, task("Never mind", "viewer", 5, null, "2027-01-06"));
        // Outside the three weeks.
        create(ws, expo, task("Later", "viewer", 7, null, "2027-01-25"));
        ws.as("admin", "setWeeklyCapacity", "username", "analyst", "weeklyHours", 30)
                .body("data.setWeeklyCapacity.weeklyHours", equalTo(30f));

        workload(ws, null)
                .body("errors", nullValue())
                .body("data.workload.weeks", contains("2027-01-04", "2027-01-11", "2027-01-18"))
                .body("data.workload.members.username", contains("admin", "analyst", "viewer"))
                .body("data.workload.members[0].cells.plannedHours", contains(0f, 0f, 0f))
                .body("data.workload.members[0].weeklyCapacity", equalTo(40f))
                .body("data.workload.members[1].cells.plannedHours", contains(16f, 48f, 0f))
                .body("data.workload.members[1].cells.overCapacity", contains(false, true, false))
                .body("data.workload.members[1].cells.capacity", contains(30f, 30f, 30f))
                .body("data.workload.members[1].peakWeeks", equalTo(1))
                .body("data.workload.members[2].cells.plannedHours", contains(0f, 0f, 8f));
        workload(ws, "Cooling")
                .body("data.workload.members[1].cells.plannedHours", contains(0f, 0f, 0f))
                .body("data.workload.members[2].cells.plannedHours", contains(0f, 0f, 8f));

        // Moving the big task out of the overloaded week.
        ws.as("analyst", "reassignTask", "id", big, "assignee", "viewer").body("errors", nullValue());
        workload(ws, null)
                .body("data.workload.members[1].cells.plannedHours", contains(16f, 8f, 0f))
                .body("data.workload.members[1].peakWeeks", equalTo(0))
                .body("data.workload.members[2].cells.plannedHours", contains(0f, 40f, 8f))
                .body("data.workload.members[2].cells.overCapacity", contains(false, false, false));
    }

    @Test
    void theWindowAndCapacitiesAreChecked() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        ws.as("viewer", "workload", "from", "2027-01-06", "weeks", 105)
                .body("errors[0].extensions.field", equalTo("weeks"))
                .body("errors[0].extensions.reason", equalTo("WINDOW_TOO_LONG"));
        ws.as("viewer", "workload", "from", "2027-01-06", "weeks", 0)
                .body("errors[0].extensions.field", equalTo("weeks"))
                .body("errors[0].extensions.reason", equalTo("BELOW_MINIMUM"));
        ws.as("analyst", "setWeeklyCapacity", "username", "outsider", "weeklyHours", 20)
                .body("errors[0].extensions.field", equalTo("username"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_MEMBER"));
        ws.as("analyst", "setWeeklyCapacity", "username", "viewer", "weeklyHours", 200)
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("weeklyHours"));
        ws.as("viewer", "setWeeklyCapacity", "username", "viewer", "weeklyHours", 20)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static String create(CampaignWorkspace ws, String campaign, Map<String, Object> input) {
        return ws.as("analyst", "createTask", "campaignId", campaign, "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createTask.id");
    }

    /** Three weeks from a Wednesday: the view starts on its Monday. */
    private static ValidatableResponse workload(CampaignWorkspace ws, String businessLine) {
        return ws.as("viewer", "workload", "from", "2027-01-06", "weeks", 3, "businessLine", businessLine);
    }
}
