package app.resonance.workload;

import static app.resonance.support.CampaignWorkspace.task;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.CampaignWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "My work" of the home screen, for campaigns in UTC (zones are DueDatesTest's). */
@QuarkusTest
@RealStackTest
class MyWorkTest {

    @Test
    void theCallerSeesTheirOverdueTodaysAndComingMilestonesAndTasks() {
        CampaignWorkspace ws = CampaignWorkspace.create();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String campaign = ws.campaign("Customer Day", "CONFERENCE", today.plusDays(40), null, "");
        String dropped = ws.campaign("Dropped", "WEBINAR", "CANCELLED", today.plusDays(10), null, "");
        ws.milestone(campaign, "Invitations sent", today.minusDays(1), "analyst");
        ws.milestone(campaign, "Postcards mailed", today, "analyst");
        ws.milestone(campaign, "Registration closes", today.plusDays(3), "analyst");
        ws.milestone(campaign, "Sales calls done", today.plusDays(30), "analyst");
        ws.milestone(campaign, "Somebody else's", today, "viewer");
        ws.milestone(dropped, "Of a cancelled campaign", today, "analyst");
        String ticked = ws.milestone(campaign, "Target groups ready", today.minusDays(2), "analyst");
        ws.as("analyst", "setMilestoneDone", "id", ticked, "done", true).body("errors", nullValue());
        ws.as(
                        "analyst",
                        "createTask",
                        "campaignId",
                        campaign,
                        "input",
                        task("Print badges", "analyst", 3, null, today.toString()))
                .body("errors", nullValue());
        Map<String, Object> done =
                task("Book hall", "analyst", 3, null, today.minusDays(5).toString());
        done.put("state", "DONE");
        ws.as("analyst", "createTask", "campaignId", campaign, "input", done).body("errors", nullValue());

        ws.as("analyst", "myWork")
                .body("errors", nullValue())
                .body("data.myWork.overdue.name", contains("Invitations sent"))
                .body("data.myWork.overdue.dueOn", contains(today.minusDays(1).toString()))
                .body("data.myWork.dueToday.name", contains("Postcards mailed", "Print badges"))
                .body("data.myWork.dueToday.kind", contains("MILESTONE", "TASK"))
                .body("data.myWork.dueToday.campaignName", contains("Customer Day", "Customer Day"))
                .body("data.myWork.dueSoon.name", contains("Registration closes"));
        ws.as("analyst", "myWork", "soonDays", 30)
                .body("data.myWork.dueSoon.name", contains("Registration closes", "Sales calls done"));
        ws.as("viewer", "myWork").body("data.myWork.dueToday.name", contains("Somebody else's"));
    }
}
