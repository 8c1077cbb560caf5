package app.resonance.support;

import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A workspace for campaign work with the members admin, analyst and viewer, and campaigns written as rows
 * (the campaign's own API is another feature's), through the given SQL fixtures.
 */
public record CampaignWorkspace(String id, SqlFixtures sql) {

    public static CampaignWorkspace create(SqlFixtures sql) {
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
        return new CampaignWorkspace(id, sql);
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

    /** A PLANNED campaign owned by analyst; eventDate, timeZone and businessLine may be null. */
    public String campaign(String name, String type, LocalDate eventDate, String timeZone, String businessLine) {
        return campaign(name, type, "PLANNED", eventDate, timeZone, businessLine);
    }

    public String campaign(
            String name, String type, String status, LocalDate eventDate, String timeZone, String businessLine) {
        UUID campaign = UUID.randomUUID();
        sql.run(
                "insert into campaign (id, workspace_id, name, type, status, event_date, event_time_zone, owner,"
                        + " business_line, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'analyst', ?, now(), now())",
                campaign,
                UUID.fromString(id),
                name,
                type,
                status,
                eventDate,
                timeZone,
                businessLine == null ? "" : businessLine);
        return campaign.toString();
    }
}
