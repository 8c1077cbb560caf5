package app.resonance.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class CompanyApiTest {

    static Map<String, Object> company(String name, Object... more) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return input;
    }

    static String create(MediaWorkspace ws, Map<String, Object> input) {
        return ws.as("analyst", "createCompany", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createCompany.id");
    }

    @Test
    void analystsKeepCompaniesAndEachChangeLandsOnTheTimeline() {
        MediaWorkspace ws = MediaWorkspace.create();
        String id = ws.as(
                        "analyst",
                        "createCompany",
                        "input",
                        company(
                                "  Frost & Co ",
                                "industry",
                                "Food retail",
                                "size",
                                "MEDIUM",
                                "owner",
                                "analyst",
                                "externalId",
                                "ERP-1"))
                .body("errors", nullValue())
                .body("data.createCompany.name", equalTo("Frost & Co"))
                .body("data.createCompany.status", equalTo("POTENTIAL"))
                .body("data.createCompany.region", equalTo(""))
                .body("data.createCompany.owner", equalTo("analyst"))
                .extract()
                .path("data.createCompany.id");

        ws.as(
                        "analyst",
                        "updateCompany",
                        "id",
                        id,
                        "input",
                        company(
                                "Frost & Co",
                                "industry",
                                "Food retail",
                                "size",
                                "MEDIUM",
                                "status",
                                "CURRENT",
                                "upsellPotential",
                                "HIGH",
                                "externalId",
                                "ERP-1"))
                .body("errors", nullValue())
                .body("data.updateCompany.status", equalTo("CURRENT"))
                .body("data.updateCompany.owner", nullValue());

        ws.as("viewer", "company", "id", id)
                .body("errors", nullValue())
                .body("data.company.timeline.edges.node.kind", contains("UPDATED", "CREATED"))
                .body("data.company.timeline.edges.node.actor", contains("analyst", "analyst"))
                .body(
                        "data.company.timeline.edges[0].node.details",
                        equalTo("{\"fields\":[\"status\",\"owner\",\"upsellPotential\"]}"));

        ws.as("analyst", "deleteCompany", "id", id).body("data.deleteCompany", equalTo(id));
        ws.as("viewer", "company", "id", id)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void anUpdateThatChangesNothingLeavesNoTraceAndAFailedOneWritesNoTimelineEntry() {
        MediaWorkspace ws = MediaWorkspace.create();
        String id = create(ws, company("Polar Systems", "externalId", "P-1"));
        create(ws, company("Arctic Cooling", "externalId", "A-1"));
        String updatedAt = ws.as("viewer", "company", "id", id).extract().path("data.company.updatedAt");

        ws.as("analyst", "updateCompany", "id", id, "input", company("Polar Systems", "externalId", "P-1"))
                .body("data.updateCompany.updatedAt", equalTo(updatedAt));
        ws.as("analyst", "updateCompany", "id", id, "input", company("Polar Systems Renamed", "externalId", "A-1"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("externalId"))
                .body("errors[0].extensions.value", equalTo("A-1"));

        ws.as("viewer", "company", "id", id)
                .body("data.company.name", equalTo("Polar Systems"))
                .body("data.company.timeline.edges.node.kind", contains("CREATED"));
    }

    @Test
    void badValuesAreNamedByTheirField() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as("analyst", "createCompany", "input", company(" "))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("name"));
        ws.as("analyst", "createCompany", "input", company("Long", "region", "r".repeat(201)))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("region"));
        ws.as("analyst", "createCompany", "input", company("Sized", "size", "HUGE"))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        ws.as("analyst", "createCompany", "input", company("Outsourced", "owner", "outsider"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("owner"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_MEMBER"))
                .body("errors[0].extensions.value", equalTo("outsider"));
        create(ws, company("First", "externalId", "X-1"));
        ws.as("analyst", "createCompany", "input", company("Second", "externalId", "X-1"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("externalId"))
                .body("errors[0].extensions.reason", equalTo("EXTERNAL_ID_TAKEN"));
        ws.as("viewer", "companies").body("data.companies.edges.node.name", contains("First"));
    }

    @Test
    void viewersReadButCannotWrite() {
        MediaWorkspace ws = MediaWorkspace.create();
        String id = create(ws, company("Readable"));
        ws.as("viewer", "createCompany", "input", company("Viewer's own"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "updateCompany", "id", id, "input", company("Renamed"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "deleteCompany", "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "companies").body("data.companies.edges.node.name", contains("Readable"));
    }

    @Test
    void searchFiltersAndSortsPageStablyByKeyset() {
        MediaWorkspace ws = MediaWorkspace.create();
        create(ws, company("Nordic Frost", "status", "CURRENT", "region", "North", "size", "LARGE"));
        create(ws, company("nordic ice", "status", "POTENTIAL", "region", "North", "upsellPotential", "HIGH"));
        create(ws, company("Northwind", "status", "CURRENT", "region", "West", "owner", "analyst"));
        create(ws, company("Polar 100%", "status", "FORMER", "region", "South", "industry", "Food"));
        create(ws, company("Arctic", "status", "CURRENT", "region", "South", "industry", "Food"));

        ws.as("viewer", "companies", "search", "NORD")
                .body("data.companies.edges.node.name", contains("Nordic Frost", "nordic ice"))
                .body("data.companies.totalCount", equalTo(2));
        ws.as("viewer", "companies", "search", "polar 100%")
                .body("data.companies.edges.node.name", contains("Polar 100%"));
        ws.as("viewer", "companies", "search", "%").body("data.companies.edges", empty());
        ws.as(
                        "viewer",
                        "companies",
                        "filter",
                        Map.of("statuses", List.of("CURRENT"), "regions", List.of("North", "West")))
                .body("data.companies.edges.node.name", contains("Nordic Frost", "Northwind"));
        ws.as("viewer", "companies", "filter", Map.of("owners", List.of("analyst")))
                .body("data.companies.edges.node.name", contains("Northwind"));
        ws.as("viewer", "companies", "filter", Map.of("industries", List.of("Food"), "sizes", List.of("LARGE")))
                .body("data.companies.edges", empty());
        ws.as("viewer", "companies", "filter", Map.of("upsellPotentials", List.of("HIGH", "LOW")))
                .body("data.companies.edges.node.name", contains("nordic ice"));
        ws.as("viewer", "companies", "orderBy", "NAME_DESC")
                .body(
                        "data.companies.edges.node.name",
                        contains("Polar 100%", "Northwind", "nordic ice", "Nordic Frost", "Arctic"));
        ws.as("viewer", "companies", "orderBy", "CREATED_AT_DESC")
                .body("data.companies.edges[0].node.name", equalTo("Arctic"));

        for (String order : List.of("NAME_ASC", "NAME_DESC", "UPDATED_AT_ASC", "CREATED_AT_DESC")) {
            List<String> all =
                    ws.as("viewer", "companies", "orderBy", order).extract().path("data.companies.edges.node.name");
            List<String> paged = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                Map<String, Object> page = ws.as("viewer", "companies", "orderBy", order, "first", 2, "after", after)
                        .body("errors", nullValue())
                        .body("data.companies.edges", not(hasSize(0)))
                        .extract()
                        .path("data.companies");
                @SuppressWarnings("unchecked") // the JSON shape of the connection
                List<Map<String, Map<String, String>>> edges =
                        (List<Map<String, Map<String, String>>>) page.get("edges");
                edges.forEach(edge -> paged.add(edge.get("node").get("name")));
                @SuppressWarnings("unchecked")
                Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
                more = (Boolean) info.get("hasNextPage");
                after = (String) info.get("endCursor");
            }
            assertEquals(all, paged, order);
        }
        ws.as("viewer", "companies", "after", "bm90IGEgY3Vyc29y")
                .body("errors[0].extensions.field", equalTo("after"))
                .body("errors[0].extensions.reason", equalTo("INVALID_CURSOR"));
    }
}
