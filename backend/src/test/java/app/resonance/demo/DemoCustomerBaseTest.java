package app.resonance.demo;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customer bases of the demo workspaces: ready for the IT vendor's conference and the refrigeration fair. */
@QuarkusTest
@RealStackTest
class DemoCustomerBaseTest {

    @Test
    void theItVendorHasAFewThousandContactsInAFewHundredCompaniesAndItsConferenceTargetGroups() {
        JsonPath data = customerBase(DemoData.WORKSPACE);

        int companies = data.getInt("data.companies.totalCount");
        int contacts = data.getInt("data.contacts.totalCount");
        assertTrue(companies >= 200 && companies <= 500, "a few hundred companies: " + companies);
        assertTrue(contacts >= 2000 && contacts <= 5000, "a few thousand contacts: " + contacts);
        assertGroupsAreNonEmptyAndBelowTheWholeBase(data, contacts, 2);
        assertTrue(
                data.getInt("data.keyStaffWithEmailConsent.totalCount") > 0,
                "key staff who may be emailed an invitation");
    }

    @Test
    void theRefrigerationMakerHasEquipmentOwnersAndTheThreeTargetGroupsOfItsExhibition() {
        JsonPath data = customerBase(DemoCustomerBase.REFRIGERATION_WORKSPACE);

        int contacts = data.getInt("data.contacts.totalCount");
        assertTrue(data.getInt("data.companies.totalCount") >= 100, "companies");
        assertEquals(
                List.of(DemoCustomerBase.SEGMENT, DemoCustomerBase.SERVICE_CONTRACT),
                data.getList("data.analytics.name").stream().sorted().toList());
        assertGroupsAreNonEmptyAndBelowTheWholeBase(data, contacts, 3);
        List<String> names = data.getList("data.targetGroups.name");
        assertTrue(names.stream().anyMatch(name -> name.contains("from 2019")), names.toString());
        assertTrue(names.stream().anyMatch(name -> name.contains("before 2016")), names.toString());
        assertTrue(names.stream().anyMatch(name -> name.contains("potential clients")), names.toString());
    }

    private static void assertGroupsAreNonEmptyAndBelowTheWholeBase(JsonPath data, int contacts, int groups) {
        List<Map<String, Object>> targetGroups = data.getList("data.targetGroups");
        assertEquals(groups, targetGroups.size(), "target groups: " + targetGroups);
        for (Map<String, Object> group : targetGroups) {
            int count = ((Number) group.get("count")).intValue();
            assertTrue(count > 0 && count < contacts, group.get("name") + " selects " + count + " of " + contacts);
            assertEquals("admin", group.get("createdBy"));
            assertTrue(!((String) group.get("description")).isBlank(), "says which channel and format it is for");
        }
    }

    private static JsonPath customerBase(String workspace) {
        String id = as("analyst", "workspaces")
                .body("errors", nullValue())
                .extract()
                .jsonPath()
                .getString("data.workspaces.find { it.name == '" + workspace + "' }.id");
        return as("analyst", "demoCustomerBase", "workspaceId", id)
                .body("errors", nullValue())
                .extract()
                .jsonPath();
    }
}
