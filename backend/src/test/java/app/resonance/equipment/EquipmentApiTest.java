package app.resonance.equipment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.CustomerRecords;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class EquipmentApiTest {

    @Inject
    Pool pool;

    private static Map<String, Object> equipment(String owner, String ownerId, String product, Object... more) {
        Map<String, Object> input = new HashMap<>();
        input.put(owner, ownerId);
        input.put("product", product);
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return input;
    }

    private static String create(MediaWorkspace ws, Map<String, Object> input) {
        return ws.as("analyst", "createEquipment", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createEquipment.id");
    }

    private static ValidatableResponse refused(ValidatableResponse answer, String field, String reason) {
        return answer.body("errors[0].extensions.field", equalTo(field))
                .body("errors[0].extensions.reason", equalTo(reason));
    }

    @Test
    void analystsKeepWhatACompanyOwnsListedByLatestPurchaseAndViewersReadIt() {
        MediaWorkspace ws = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String company = records.company(ws.id(), "Frost & Co");
        String contact = records.contact(ws.id(), "anna@frost.example");
        String old = create(
                ws,
                equipment(
                        "companyId",
                        company,
                        " Cold room ",
                        "model",
                        "CR-200",
                        "productionDate",
                        "2016-11-01",
                        "purchaseDate",
                        "2017-05-01",
                        "quantity",
                        2));
        String recent = create(ws, equipment("companyId", company, "Display freezer", "purchaseDate", "2021-03-01"));
        String undated = create(ws, equipment("companyId", company, "Ice machine", "externalId", "EQ-7"));
        create(ws, equipment("contactId", contact, "Home freezer"));

        String cursor = ws.as("viewer", "equipment", "companyId", company, "first", 2)
                .body("data.equipment.edges.node.id", contains(recent, old))
                .body("data.equipment.edges.node.product", contains("Display freezer", "Cold room"))
                .body("data.equipment.edges[1].node.quantity", equalTo(2))
                .body("data.equipment.edges[0].node.quantity", equalTo(1))
                .body("data.equipment.pageInfo.hasNextPage", equalTo(true))
                .extract()
                .path("data.equipment.pageInfo.endCursor");
        ws.as("viewer", "equipment", "companyId", company, "first", 2, "after", cursor)
                .body("data.equipment.edges.node.id", contains(undated))
                .body("data.equipment.edges[0].node.externalId", equalTo("EQ-7"))
                .body("data.equipment.pageInfo.hasNextPage", equalTo(false));
        ws.as("viewer", "equipment", "contactId", contact)
                .body("data.equipment.edges.node.product", contains("Home freezer"));

        ws.as(
                        "analyst",
                        "updateEquipment",
                        "id",
                        old,
                        "input",
                        equipment(
                                "companyId",
                                company,
                                "Cold room",
                                "model",
                                "CR-250",
                                "purchaseDate",
                                "2022-01-10",
                                "quantity",
                                3))
                .body("data.updateEquipment.model", equalTo("CR-250"))
                .body("data.updateEquipment.productionDate", nullValue())
                .body("data.updateEquipment.quantity", equalTo(3));
        ws.as("viewer", "equipment", "companyId", company)
                .body("data.equipment.edges.node.id", contains(old, recent, undated));

        ws.as("viewer", "createEquipment", "input", equipment("companyId", company, "Viewer's"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "deleteEquipment", "id", recent).body("data.deleteEquipment", equalTo(recent));
        refused(ws.as("analyst", "deleteEquipment", "id", recent), "id", "NOT_FOUND");
        refused(
                ws.as("analyst", "updateEquipment", "id", recent, "input", equipment("companyId", company, "Gone")),
                "id",
                "NOT_FOUND");
    }

    @Test
    void datesMayNotLieInTheFutureNorThePurchaseBeforeTheProduction() {
        MediaWorkspace ws = MediaWorkspace.create();
        String company = new CustomerRecords(pool).company(ws.id(), "Frost & Co");
        String inThreeDays = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        refused(
                ws.as(
                        "analyst",
                        "createEquipment",
                        "input",
                        equipment(
                                "companyId",
                                company,
                                "Chiller",
                                "productionDate",
                                "2020-02-01",
                                "purchaseDate",
                                "2020-01-31")),
                "purchaseDate",
                "BEFORE_PRODUCTION");
        create(
                ws,
                equipment(
                        "companyId", company, "Chiller", "productionDate", "2020-02-01", "purchaseDate", "2020-02-01"));
        refused(
                ws.as(
                        "analyst",
                        "createEquipment",
                        "input",
                        equipment("companyId", company, "Chiller", "purchaseDate", inThreeDays)),
                "purchaseDate",
                "IN_THE_FUTURE");
        refused(
                ws.as(
                        "analyst",
                        "createEquipment",
                        "input",
                        equipment("companyId", company, "Chiller", "productionDate", inThreeDays)),
                "productionDate",
                "IN_THE_FUTURE");
        refused(
                ws.as(
                        "analyst",
                        "createEquipment",
                        "input",
                        equipment("companyId", company, "Chiller", "productionDate", "1899-12-31")),
                "productionDate",
                "TOO_EARLY");
        ws.as("analyst", "createEquipment", "input", equipment("companyId", company, "Chiller", "quantity", 0))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("quantity"));
        ws.as("analyst", "createEquipment", "input", equipment("companyId", company, " "))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("product"));
    }

    @Test
    void theOwnerIsExactlyOneCompanyOrContactOfTheWorkspace() {
        MediaWorkspace ws = MediaWorkspace.create();
        MediaWorkspace other = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String company = records.company(ws.id(), "Frost & Co");
        String contact = records.contact(ws.id(), "anna@frost.example");
        String foreign = records.company(other.id(), "Elsewhere Ltd");

        refused(ws.as("analyst", "createEquipment", "input", Map.of("product", "Chiller")), "companyId", "MISSING");
        Map<String, Object> both = equipment("companyId", company, "Chiller");
        both.put("contactId", contact);
        refused(ws.as("analyst", "createEquipment", "input", both), "contactId", "ONE_OWNER");
        refused(
                ws.as("analyst", "createEquipment", "input", equipment("companyId", foreign, "Chiller")),
                "companyId",
                "NOT_FOUND");
        refused(
                ws.as("analyst", "createEquipment", "input", equipment("companyId", contact, "Chiller")),
                "companyId",
                "NOT_FOUND");
        refused(
                ws.as("analyst", "createEquipment", "input", equipment("contactId", company, "Chiller")),
                "contactId",
                "NOT_FOUND");
        refused(ws.as("viewer", "equipment"), "companyId", "MISSING");
        ws.as("viewer", "equipment", "companyId", foreign).body("data.equipment.edges.size()", equalTo(0));
    }

    @Test
    void externalIdsAreUniquePerWorkspace() {
        MediaWorkspace ws = MediaWorkspace.create();
        MediaWorkspace other = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String company = records.company(ws.id(), "Frost & Co");
        create(ws, equipment("companyId", company, "Chiller", "externalId", "EQ-1"));
        ws.as("analyst", "createEquipment", "input", equipment("companyId", company, "Freezer", "externalId", "EQ-1"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("externalId"))
                .body("errors[0].extensions.reason", equalTo("EXTERNAL_ID_TAKEN"));
        create(other, equipment("companyId", records.company(other.id(), "Polar AG"), "Chiller", "externalId", "EQ-1"));
    }
}
