package app.resonance.support;

import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A workspace for campaign work with the members admin, analyst and viewer, made through the API as a user would,
 * with helpers for its campaigns, milestones and tasks.
 */
public record CampaignWorkspace(String id) {

    public static CampaignWorkspace create() {
        String id = GraphQL.as(
                        "admin",
                        "createWorkspace",
                        "name",
                        "Campaigns " + UUID.randomUUID().toString().substring(0, 8))
                .body("errors", nullValue())
                .extract()
                .path("data.createWorkspace.id");
        for (String member : new String[] {"analyst", "viewer"}) {
            GraphQL.as("admin", "addMember", "workspaceId", id, "username", member)
                    .body("errors", nullValue());
        }
        return new CampaignWorkspace(id);
    }

    /** A milestone input; responsible may be null. */
    public static Map<String, Object> milestoneInput(String name, Object dueOn, String responsible) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("dueOn", dueOn.toString());
        input.put("responsible", responsible);
        return input;
    }

    /** Creates the milestone as analyst and answers its id. */
    public String milestone(String campaign, String name, LocalDate dueOn, String responsible) {
        return as(
                        "analyst",
                        "createMilestone",
                        "campaignId",
                        campaign,
                        "input",
                        milestoneInput(name, dueOn, responsible))
                .body("errors", nullValue())
                .extract()
                .path("data.createMilestone.id");
    }

    /** A task input; assignee and startsOn may be null. */
    public static Map<String, Object> task(String title, String assignee, double hours, String startsOn, String dueOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("assignee", assignee);
        input.put("estimatedHours", hours);
        input.put("startsOn", startsOn);
        input.put("dueOn", dueOn);
        return input;
    }

    /** Runs the operation as the user in this workspace: {@code workspaceId} is added to the variables. */
    public ValidatableResponse as(String username, String operation, Object... variables) {
        Object[] all = Arrays.copyOf(variables, variables.length + 2);
        all[variables.length] = "workspaceId";
        all[variables.length + 1] = id;
        return GraphQL.as(username, operation, all);
    }

    /** A campaign input owned by analyst; eventDate, timeZone and businessLine may be null. */
    public static Map<String, Object> campaignInput(
            String name, String type, LocalDate eventDate, String timeZone, String businessLine) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("type", type);
        input.put("eventDate", eventDate == null ? null : eventDate.toString());
        input.put("eventTimeZone", timeZone);
        input.put("owner", "analyst");
        input.put("businessLine", businessLine);
        return input;
    }

    /** A PLANNED campaign owned by analyst; eventDate, timeZone and businessLine may be null. */
    public String campaign(String name, String type, LocalDate eventDate, String timeZone, String businessLine) {
        return campaign(name, type, "PLANNED", eventDate, timeZone, businessLine);
    }

    public String campaign(
            String name, String type, String status, LocalDate eventDate, String timeZone, String businessLine) {
        return campaign(campaignInput(name, type, eventDate, timeZone, businessLine), status);
    }

    /** Creates the campaign as analyst and moves it from DRAFT to the status (PLANNED, CANCELLED); answers its id. */
    public String campaign(Map<String, Object> input, String status) {
        String campaign = as("analyst", "createCampaign", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createCampaign.id");
        if (!"DRAFT".equals(status)) {
            as("analyst", "changeCampaignStatus", "id", campaign, "status", status)
                    .body("errors", nullValue());
        }
        return campaign;
    }
}
