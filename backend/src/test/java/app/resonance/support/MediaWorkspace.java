package app.resonance.support;

import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A workspace with a small media field, made through the API as a user would: members admin,
 * analyst and viewer; segments CIOs and Engineers; channels CIO Daily (media), DevBlog (blog) and
 * LinkedIn (social); brands Northwind (client), Contoso and Fabrikam (competitors).
 */
public record MediaWorkspace(
        String id, Map<String, String> segments, Map<String, String> channels, Map<String, String> brands) {

    public static MediaWorkspace create() {
        String id = GraphQL.as(
                        "admin",
                        "createWorkspace",
                        "name",
                        "Media " + UUID.randomUUID().toString().substring(0, 8))
                .body("errors", nullValue())
                .extract()
                .path("data.createWorkspace.id");
        GraphQL.as("admin", "addMember", "workspaceId", id, "username", "analyst")
                .body("errors", nullValue());
        GraphQL.as("admin", "addMember", "workspaceId", id, "username", "viewer")
                .body("errors", nullValue());
        MediaWorkspace workspace = new MediaWorkspace(id, new HashMap<>(), new HashMap<>(), new HashMap<>());
        workspace.segments.put(
                "CIOs",
                workspace.create(
                        "createSegment",
                        Map.of(
                                "name",
                                "CIOs",
                                "immersion",
                                "EXPERT",
                                "reactionWeight",
                                0.9,
                                "profile",
                                "Heads of IT")));
        workspace.segments.put(
                "Engineers",
                workspace.create(
                        "createSegment", Map.of("name", "Engineers", "immersion", "ENGAGED", "reactionWeight", 0.5)));
        workspace.channels.put(
                "CIO Daily",
                workspace.create(
                        "createChannel",
                        Map.of(
                                "name",
                                "CIO Daily",
                                "type",
                                "MEDIA",
                                "url",
                                "https://ciodaily.example",
                                "publisher",
                                "Daily Media Group")));
        workspace.channels.put(
                "DevBlog",
                workspace.create(
                        "createChannel", Map.of("name", "DevBlog", "type", "INDUSTRY_BLOG", "publisher", "DevCorp")));
        workspace.channels.put(
                "LinkedIn",
                workspace.create(
                        "createChannel",
                        Map.of("name", "LinkedIn", "type", "SOCIAL_NETWORK", "publisher", "Microsoft")));
        workspace.brands.put(
                "Northwind", workspace.create("createBrand", Map.of("name", "Northwind", "kind", "CLIENT")));
        workspace.brands.put(
                "Contoso", workspace.create("createBrand", Map.of("name", "Contoso", "kind", "COMPETITOR")));
        workspace.brands.put(
                "Fabrikam", workspace.create("createBrand", Map.of("name", "Fabrikam", "kind", "COMPETITOR")));
        return workspace;
    }

    /** A workspace with members admin, analyst and viewer and no media field: for the campaign side's tests. */
    public static MediaWorkspace empty() {
        String id = GraphQL.as(
                        "admin",
                        "createWorkspace",
                        "name",
                        "Campaigns " + UUID.randomUUID().toString().substring(0, 8))
                .body("errors", nullValue())
                .extract()
                .path("data.createWorkspace.id");
        for (String member : List.of("analyst", "viewer")) {
            GraphQL.as("admin", "addMember", "workspaceId", id, "username", member)
                    .body("errors", nullValue());
        }
        return new MediaWorkspace(id, new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    /** Runs the operation as the user in this workspace: {@code workspaceId} is added to the variables. */
    public ValidatableResponse as(String username, String operation, Object... variables) {
        Object[] all = Arrays.copyOf(variables, variables.length + 2);
        all[variables.length] = "workspaceId";
        all[variables.length + 1] = id;
        return GraphQL.as(username, operation, all);
    }

    private String create(String operation, Map<String, Object> input) {
        return as("analyst", operation, "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data." + operation + ".id");
    }

    /** One entry of {@link #setWeights}: the weight of a segment × channel pair, both by name. */
    public Map<String, Object> weight(String segment, String channel, double weight) {
        return Map.of("segmentId", segments.get(segment), "channelId", channels.get(channel), "weight", weight);
    }

    /** Sets these channel weights as analyst in one call (a weight of 0 removes the pair) and expects no error. */
    public void setWeights(List<Map<String, Object>> weights) {
        as("analyst", "setChannelWeights", "weights", weights).body("errors", nullValue());
    }

    /** Sets the balance thresholds as analyst, with a 30-day alert window, and expects no error. */
    public void setThresholds(double immediateGap, double moderateGap) {
        as(
                        "analyst",
                        "updateBalanceSettings",
                        "input",
                        Map.of("immediateGap", immediateGap, "moderateGap", moderateGap, "alertWindowDays", 30))
                .body("errors", nullValue());
    }

    /** A publication input; assessments as segment name → [impact or null, sentiment]. */
    public Map<String, Object> publication(
            String title, String brand, String channel, String publishedAt, double weight, Object... assessments) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", title);
        input.put("brandId", brands.get(brand));
        input.put("channelId", channels.get(channel));
        input.put("publishedAt", publishedAt);
        input.put("weight", weight);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < assessments.length; i += 3) {
            Map<String, Object> assessment = new HashMap<>();
            assessment.put("segmentId", segments.get((String) assessments[i]));
            if (assessments[i + 1] != null) {
                assessment.put("impact", assessments[i + 1]);
            }
            assessment.put("sentiment", assessments[i + 2]);
            list.add(assessment);
        }
        input.put("assessments", list);
        return input;
    }

    /** Creates the publication as analyst and answers its id. */
    public String publish(Map<String, Object> input) {
        return as("analyst", "createPublication", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createPublication.id");
    }
}
