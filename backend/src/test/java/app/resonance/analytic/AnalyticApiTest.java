package app.resonance.analytic;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.CustomerRecords;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class AnalyticApiTest {

    @Inject
    Pool pool;

    @Inject
    AnalyticService service;

    private static Map<String, Object> analytic(String appliesTo, String name, String type, String... options) {
        Map<String, Object> input = new HashMap<>();
        input.put("appliesTo", appliesTo);
        input.put("name", name);
        input.put("type", type);
        input.put("options", List.of(options));
        return input;
    }

    private static String create(MediaWorkspace ws, Map<String, Object> input) {
        return ws.as("analyst", "createAnalytic", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createAnalytic.id");
    }

    private static ValidatableResponse set(MediaWorkspace ws, String analyticId, String recordId, Object... value) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < value.length; i += 2) {
            input.put((String) value[i], value[i + 1]);
        }
        return ws.as("analyst", "setAnalyticValue", "analyticId", analyticId, "recordId", recordId, "value", input);
    }

    private static ValidatableResponse refused(ValidatableResponse answer, String field, String reason) {
        return answer.body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo(field))
                .body("errors[0].extensions.reason", equalTo(reason));
    }

    @Test
    void analystsDefineAnalyticsOfCompaniesAndContactsAndViewersReadThem() {
        MediaWorkspace ws = MediaWorkspace.create();
        Map<String, Object> upsell = analytic("COMPANY", " Upsell potential ", "ENUMERATION", "LOW", " MEDIUM", "HIGH");
        upsell.put("description", "What more the account could buy.");
        String upsellId = ws.as("analyst", "createAnalytic", "input", upsell)
                .body("errors", nullValue())
                .body("data.createAnalytic.name", equalTo("Upsell potential"))
                .body("data.createAnalytic.options", contains("LOW", "MEDIUM", "HIGH"))
                .extract()
                .path("data.createAnalytic.id");
        create(ws, analytic("CONTACT", "Score", "NUMBER"));
        create(ws, analytic("COMPANY", "score", "NUMBER"));

        ws.as("viewer", "analytics", "appliesTo", "COMPANY")
                .body("data.analytics.name", contains("score", "Upsell potential"));
        ws.as("viewer", "analytics").body("data.analytics.appliesTo", contains("COMPANY", "COMPANY", "CONTACT"));

        Map<String, Object> renamed = analytic("COMPANY", "Upsell", "ENUMERATION", "LOW", "HIGH");
        ws.as("analyst", "updateAnalytic", "id", upsellId, "input", renamed)
                .body("data.updateAnalytic.name", equalTo("Upsell"))
                .body("data.updateAnalytic.options", contains("LOW", "HIGH"))
                .body("data.updateAnalytic.description", equalTo(""));

        ws.as("viewer", "createAnalytic", "input", analytic("COMPANY", "Viewer's own", "TEXT"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "deleteAnalytic", "id", upsellId).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "deleteAnalytic", "id", upsellId).body("data.deleteAnalytic", equalTo(upsellId));
        refused(ws.as("analyst", "deleteAnalytic", "id", upsellId), "id", "NOT_FOUND");
        ws.as("viewer", "analytics", "appliesTo", "COMPANY").body("data.analytics.name", contains("score"));
    }

    @Test
    void anAnalyticIsKeyOnlyWhenMarkedSoAndTheMarkCanBeTakenBack() {
        MediaWorkspace ws = MediaWorkspace.create();
        Map<String, Object> tier = analytic("CONTACT", "Tier", "TEXT");
        ws.as("analyst", "createAnalytic", "input", tier).body("data.createAnalytic.key", equalTo(false));
        Map<String, Object> sector = analytic("COMPANY", "Sector", "TEXT");
        sector.put("key", true);
        String sectorId = ws.as("analyst", "createAnalytic", "input", sector)
                .body("data.createAnalytic.key", equalTo(true))
                .extract()
                .path("data.createAnalytic.id");
        ws.as("viewer", "analytics", "appliesTo", "COMPANY").body("data.analytics[0].key", equalTo(true));
        sector.put("key", false);
        ws.as("analyst", "updateAnalytic", "id", sectorId, "input", sector)
                .body("data.updateAnalytic.key", equalTo(false));
    }

    @Test
    void namesAreUniqueAmongTheAnalyticsOfTheSameRecordsRegardlessOfCase() {
        MediaWorkspace ws = MediaWorkspace.create();
        String industry = create(ws, analytic("COMPANY", "Industry", "TEXT"));
        ws.as("analyst", "createAnalytic", "input", analytic("COMPANY", "INDUSTRY", "TEXT"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("name"))
                .body("errors[0].extensions.reason", equalTo("NAME_TAKEN"));
        create(ws, analytic("CONTACT", "industry", "TEXT"));
        ws.as("analyst", "updateAnalytic", "id", industry, "input", analytic("COMPANY", "industry", "TEXT"))
                .body("errors", nullValue());
        ws.as("analyst", "updateAnalytic", "id", industry, "input", analytic("CONTACT", "Industry", "TEXT"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"));
    }

    @Test
    void optionsAreGivenForEnumerationsOnlyEachOnce() {
        MediaWorkspace ws = MediaWorkspace.create();
        refused(
                ws.as("analyst", "createAnalytic", "input", analytic("COMPANY", "Tier", "ENUMERATION")),
                "options",
                "MISSING");
        refused(
                ws.as("analyst", "createAnalytic", "input", analytic("COMPANY", "Tier", "ENUMERATION", "Gold", "gold")),
                "options[1]",
                "GIVEN_TWICE");
        refused(
                ws.as("analyst", "createAnalytic", "input", analytic("COMPANY", "Tier", "ENUMERATION", "Gold", " ")),
                "options[1]",
                "MISSING");
        refused(
                ws.as("analyst", "createAnalytic", "input", analytic("COMPANY", "Employees", "NUMBER", "many")),
                "options",
                "ONLY_FOR_ENUMERATION");
        ws.as("analyst", "createAnalytic", "input", analytic("COMPANY", " ", "TEXT"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("name"));
        ws.as(
                        "analyst",
                        "createAnalytic",
                        "input",
                        analytic(
                                "COMPANY",
                                "Big",
                                "ENUMERATION",
                                Collections.nCopies(201, "x").toArray(String[]::new)))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("options"));
        ws.as("viewer", "analytics").body("data.analytics", empty());
    }

    @Test
    void valuesMustBeOfTheAnalyticsTypeAndAnOptionOfAnEnumeration() {
        MediaWorkspace ws = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String company = records.company(ws.id(), "Frost & Co");
        String upsell = create(ws, analytic("COMPANY", "Upsell potential", "ENUMERATION", "LOW", "MEDIUM", "HIGH"));
        String employees = create(ws, analytic("COMPANY", "Employees", "NUMBER"));
        String since = create(ws, analytic("COMPANY", "Client since", "DATE"));
        String key = create(ws, analytic("COMPANY", "Key account", "BOOLEAN"));
        String note = create(ws, analytic("COMPANY", "Note", "TEXT"));

        refused(set(ws, upsell, company, "text", "VERY HIGH"), "value", "NOT_AN_OPTION");
        refused(set(ws, employees, company, "text", "250"), "value", "WRONG_VALUE_TYPE")
                .body("errors[0].extensions.value", equalTo("NUMBER"));
        refused(set(ws, employees, company, "number", 250, "boolean", true), "value", "WRONG_VALUE_TYPE");
        refused(set(ws, note, company), "value", "WRONG_VALUE_TYPE");
        refused(set(ws, since, company, "date", "1899-12-31"), "value", "TOO_EARLY");
        ws.as(
                        "analyst",
                        "setAnalyticValue",
                        "analyticId",
                        employees,
                        "recordId",
                        company,
                        "value",
                        Map.of("number", "1.1234567"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("number"));

        set(ws, upsell, company, "text", "MEDIUM").body("data.setAnalyticValue.text", equalTo("MEDIUM"));
        set(ws, upsell, company, "text", " HIGH ").body("data.setAnalyticValue.text", equalTo("HIGH"));
        set(ws, employees, company, "number", "1250.5").body("errors", nullValue());
        set(ws, since, company, "date", "2019-03-01").body("data.setAnalyticValue.date", equalTo("2019-03-01"));
        set(ws, key, company, "boolean", false).body("data.setAnalyticValue.boolean", equalTo(false));
        set(ws, note, company, "text", "Prefers calls").body("errors", nullValue());

        ValidatableResponse values = ws.as("viewer", "analyticValues", "recordId", company)
                .body(
                        "data.analyticValues.analytic.name",
                        contains("Client since", "Employees", "Key account", "Note", "Upsell potential"))
                .body("data.analyticValues.text", contains(null, null, null, "Prefers calls", "HIGH"))
                .body("data.analyticValues.date", contains("2019-03-01", null, null, null, null))
                .body("data.analyticValues.boolean", contains(null, null, false, null, null));
        assertEquals("1250.5", values.extract().jsonPath().getString("data.analyticValues[1].number"));

        ws.as("analyst", "clearAnalyticValue", "analyticId", note, "recordId", company)
                .body("data.clearAnalyticValue", equalTo(true));
        ws.as("analyst", "clearAnalyticValue", "analyticId", note, "recordId", company)
                .body("data.clearAnalyticValue", equalTo(false));
        ws.as("viewer", "analyticValues", "recordId", company).body("data.analyticValues.size()", equalTo(4));
        ws.as("viewer", "setAnalyticValue", "analyticId", note, "recordId", company, "value", Map.of("text", "x"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void valuesAttachOnlyToTheAnalyticsRecordsOfTheSameWorkspace() {
        MediaWorkspace ws = MediaWorkspace.create();
        MediaWorkspace other = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String contact = records.contact(ws.id(), "anna@frost.example");
        String foreignCompany = records.company(other.id(), "Elsewhere Ltd");
        String companyNote = create(ws, analytic("COMPANY", "Note", "TEXT"));
        String contactNote = create(ws, analytic("CONTACT", "Note", "TEXT"));
        String foreignNote = create(other, analytic("CONTACT", "Note", "TEXT"));

        refused(set(ws, companyNote, contact, "text", "a contact is no company"), "recordId", "NOT_FOUND");
        refused(set(ws, companyNote, foreignCompany, "text", "another tenant's"), "recordId", "NOT_FOUND");
        refused(set(ws, foreignNote, contact, "text", "another tenant's analytic"), "analyticId", "NOT_FOUND");
        set(ws, contactNote, contact, "text", "Met at the fair")
                .body("data.setAnalyticValue.recordId", equalTo(contact));
        other.as("analyst", "analyticValues", "recordId", contact).body("data.analyticValues", empty());
    }

    @Test
    void typeAndOptionsThatRecordsHoldStayUntilTheirValuesAreRenamedOrCleared() {
        MediaWorkspace ws = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String frost = records.company(ws.id(), "Frost & Co");
        String polar = records.company(ws.id(), "Polar AG");
        String upsell = create(ws, analytic("COMPANY", "Upsell potential", "ENUMERATION", "LOW", "MEDIUM", "HIGH"));
        set(ws, upsell, frost, "text", "HIGH").body("errors", nullValue());
        set(ws, upsell, polar, "text", "HIGH").body("errors", nullValue());

        refused(
                        ws.as(
                                "analyst",
                                "updateAnalytic",
                                "id",
                                upsell,
                                "input",
                                analytic("COMPANY", "Upsell potential", "TEXT")),
                        "type",
                        "HAS_VALUES")
                .body("errors[0].extensions.value", equalTo("2"));
        refused(
                        ws.as(
                                "analyst",
                                "updateAnalytic",
                                "id",
                                upsell,
                                "input",
                                analytic("COMPANY", "Upsell potential", "ENUMERATION", "LOW", "MEDIUM")),
                        "options",
                        "OPTION_IN_USE")
                .body("errors[0].extensions.value", equalTo("2"));
        ws.as(
                        "analyst",
                        "updateAnalytic",
                        "id",
                        upsell,
                        "input",
                        analytic("COMPANY", "Upsell potential", "ENUMERATION", "MEDIUM", "HIGH"))
                .body("data.updateAnalytic.options", contains("MEDIUM", "HIGH"));

        refused(
                ws.as("analyst", "renameAnalyticOption", "id", upsell, "from", "LOW", "to", "Low"),
                "from",
                "NOT_AN_OPTION");
        refused(
                ws.as("analyst", "renameAnalyticOption", "id", upsell, "from", "HIGH", "to", "medium"),
                "to",
                "OPTION_EXISTS");
        ws.as("analyst", "renameAnalyticOption", "id", upsell, "from", "HIGH", "to", "High")
                .body("data.renameAnalyticOption.options", contains("MEDIUM", "High"));
        ws.as("viewer", "analyticValues", "recordId", polar).body("data.analyticValues.text", contains("High"));

        ws.as("analyst", "deleteAnalytic", "id", upsell).body("errors", nullValue());
        ws.as("viewer", "analyticValues", "recordId", frost).body("data.analyticValues", empty());
    }

    @Test
    void theValuesOfManyRecordsAreReadTogetherEachWithItsOwn() {
        MediaWorkspace ws = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String frost = records.company(ws.id(), "Frost & Co");
        String polar = records.company(ws.id(), "Polar AG");
        String anna = records.contact(ws.id(), "anna@frost.example");
        String note = create(ws, analytic("COMPANY", "Note", "TEXT"));
        String tier = create(ws, analytic("COMPANY", "Tier", "ENUMERATION", "Gold", "Silver"));
        String score = create(ws, analytic("CONTACT", "Score", "NUMBER"));
        set(ws, tier, frost, "text", "Gold").body("errors", nullValue());
        set(ws, note, frost, "text", "Prefers calls").body("errors", nullValue());
        set(ws, tier, polar, "text", "Silver").body("errors", nullValue());
        set(ws, score, anna, "number", 7).body("errors", nullValue());

        Map<UUID, List<AnalyticValueView>> values = service.valuesOf(
                        UUID.fromString(ws.id()),
                        List.of(
                                UUID.fromString(frost),
                                UUID.fromString(polar),
                                UUID.fromString(anna),
                                UUID.randomUUID()))
                .await()
                .indefinitely();

        assertEquals(3, values.size());
        assertEquals(
                List.of("Note: Prefers calls", "Tier: Gold"),
                values.get(UUID.fromString(frost)).stream()
                        .map(value -> value.analytic().name() + ": " + value.text())
                        .toList());
        assertEquals(
                List.of("Tier: Silver"),
                values.get(UUID.fromString(polar)).stream()
                        .map(value -> value.analytic().name() + ": " + value.text())
                        .toList());
        assertEquals(
                0,
                new BigDecimal("7")
                        .compareTo(values.get(UUID.fromString(anna)).get(0).number()));
    }
}
