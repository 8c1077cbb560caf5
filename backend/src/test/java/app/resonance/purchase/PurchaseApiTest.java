package app.resonance.purchase;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.CustomerRecords;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class PurchaseApiTest {

    @Inject
    Pool pool;

    private static Map<String, Object> item(String product, String category, int quantity) {
        return Map.of("product", product, "category", category, "quantity", quantity);
    }

    private static Map<String, Object> purchase(String owner, String ownerId, String purchasedAt, Object... more) {
        Map<String, Object> input = new HashMap<>();
        input.put(owner, ownerId);
        input.put("purchasedAt", purchasedAt);
        input.put("amount", "100.00");
        input.put("currency", "EUR");
        input.put("items", List.of(item("Display freezer", "Freezers", 1)));
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return input;
    }

    private static String create(MediaWorkspace ws, Map<String, Object> input) {
        return ws.as("analyst", "createPurchase", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createPurchase.id");
    }

    private static ValidatableResponse refused(ValidatableResponse answer, String field, String reason) {
        return answer.body("errors[0].extensions.field", equalTo(field))
                .body("errors[0].extensions.reason", equalTo(reason));
    }

    private static ValidatableResponse violated(ValidatableResponse answer, String property) {
        return answer.body("errors[0].extensions.violations[0].propertyPath", hasItem(property));
    }

    @Test
    void analystsRecordPurchasesWithTheirItemsAndViewersPageThroughThemLatestFirst() {
        MediaWorkspace ws = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String company = records.company(ws.id(), "Frost & Co");
        String contact = records.contact(ws.id(), "anna@frost.example");
        String first = create(
                ws,
                purchase(
                        "companyId",
                        company,
                        "2025-03-01T09:00:00+02:00",
                        "amount",
                        "1234.5",
                        "externalId",
                        "INV-1",
                        "items",
                        List.of(item("Cold room", "Rooms", 1), item("Shelf", "Parts", 12))));
        Map<String, Object> onBehalf = purchase("contactId", contact, "2025-04-01T12:00:00Z", "amount", 0);
        onBehalf.put("companyId", company);
        String second = create(ws, onBehalf);
        String third = create(
                ws,
                purchase("contactId", contact, "2025-05-01T12:00:00Z", "amount", "99999999999.99", "currency", "PLN"));

        ValidatableResponse page = ws.as("viewer", "purchases", "first", 2)
                .body("data.purchases.edges.node.id", contains(third, second))
                .body("data.purchases.edges[0].node.currency", equalTo("PLN"))
                .body("data.purchases.pageInfo.hasNextPage", equalTo(true));
        assertTrue(
                page.extract().asString().contains("\"amount\":99999999999.99,"),
                page.extract().asString());
        String cursor = page.extract().path("data.purchases.pageInfo.endCursor");
        ValidatableResponse last = ws.as("viewer", "purchases", "first", 2, "after", cursor)
                .body("data.purchases.edges.node.id", contains(first))
                .body("data.purchases.edges[0].node.purchasedAt", equalTo("2025-03-01T07:00:00Z"))
                .body("data.purchases.edges[0].node.externalId", equalTo("INV-1"))
                .body("data.purchases.edges[0].node.items.product", contains("Cold room", "Shelf"))
                .body("data.purchases.edges[0].node.items.quantity", contains(1, 12))
                .body("data.purchases.pageInfo.hasNextPage", equalTo(false));
        // Exact on the wire, two decimals kept (JSON readers that parse numbers as doubles drop the trailing zero).
        assertTrue(
                last.extract().asString().contains("\"amount\":1234.50,"),
                last.extract().asString());
        ws.as("viewer", "purchases", "companyId", company)
                .body("data.purchases.edges.node.id", contains(second, first));
        ws.as("viewer", "purchases", "contactId", contact)
                .body("data.purchases.edges.node.id", contains(third, second));
        ws.as("viewer", "purchases", "companyId", company, "contactId", contact)
                .body("data.purchases.edges.node.id", contains(second));

        ws.as(
                        "analyst",
                        "updatePurchase",
                        "id",
                        first,
                        "input",
                        purchase(
                                "companyId",
                                company,
                                "2025-03-02T10:00:00Z",
                                "items",
                                List.of(item("Cold room XL", "Rooms", 2))))
                .body("data.updatePurchase.items.product", contains("Cold room XL"))
                .body("data.updatePurchase.externalId", nullValue());
        ws.as("viewer", "purchases", "companyId", company)
                .body("data.purchases.edges[1].node.items.product", contains("Cold room XL"));

        ws.as("viewer", "createPurchase", "input", purchase("companyId", company, "2025-01-01T00:00:00Z"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "deletePurchase", "id", first).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "deletePurchase", "id", first).body("data.deletePurchase", equalTo(first));
        refused(ws.as("analyst", "deletePurchase", "id", first), "id", "NOT_FOUND");
        refused(
                ws.as(
                        "analyst",
                        "updatePurchase",
                        "id",
                        first,
                        "input",
                        purchase("companyId", company, "2025-01-01T00:00:00Z")),
                "id",
                "NOT_FOUND");
        ws.as("viewer", "purchases", "companyId", company).body("data.purchases.edges.node.id", contains(second));
    }

    @Test
    void badValuesAreNamedByTheirField() {
        MediaWorkspace ws = MediaWorkspace.create();
        String company = new CustomerRecords(pool).company(ws.id(), "Frost & Co");
        String at = "2025-03-01T09:00:00Z";
        violated(
                ws.as("analyst", "createPurchase", "input", purchase("companyId", company, at, "items", List.of())),
                "items");
        violated(
                ws.as(
                        "analyst",
                        "createPurchase",
                        "input",
                        purchase("companyId", company, at, "items", Collections.nCopies(501, item("Shelf", "", 1)))),
                "items");
        violated(
                ws.as(
                        "analyst",
                        "createPurchase",
                        "input",
                        purchase("companyId", company, at, "items", List.of(item("Shelf", "", 0)))),
                "quantity");
        violated(
                ws.as("analyst", "createPurchase", "input", purchase("companyId", company, at, "amount", "-0.01")),
                "amount");
        violated(
                ws.as("analyst", "createPurchase", "input", purchase("companyId", company, at, "amount", "1.005")),
                "amount");
        violated(
                ws.as("analyst", "createPurchase", "input", purchase("companyId", company, at, "currency", "eur")),
                "currency");
        String tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        refused(
                ws.as("analyst", "createPurchase", "input", purchase("companyId", company, tomorrow)),
                "purchasedAt",
                "IN_THE_FUTURE");
        refused(
                ws.as("analyst", "createPurchase", "input", purchase("companyId", company, "1899-12-31T23:00:00Z")),
                "purchasedAt",
                "TOO_EARLY");
        ws.as("viewer", "purchases").body("data.purchases.edges.size()", equalTo(0));
    }

    @Test
    void theBuyerIsACompanyOrContactOfTheWorkspace() {
        MediaWorkspace ws = MediaWorkspace.create();
        MediaWorkspace other = MediaWorkspace.create();
        CustomerRecords records = new CustomerRecords(pool);
        String company = records.company(ws.id(), "Frost & Co");
        String foreignContact = records.contact(other.id(), "bob@elsewhere.example");
        String at = "2025-03-01T09:00:00Z";
        Map<String, Object> nobody = purchase("companyId", null, at);
        refused(ws.as("analyst", "createPurchase", "input", nobody), "companyId", "MISSING");
        refused(
                ws.as("analyst", "createPurchase", "input", purchase("contactId", foreignContact, at)),
                "contactId",
                "NOT_FOUND");
        Map<String, Object> withForeignContact = purchase("companyId", company, at);
        withForeignContact.put("contactId", foreignContact);
        refused(ws.as("analyst", "createPurchase", "input", withForeignContact), "contactId", "NOT_FOUND");
        refused(
                ws.as("analyst", "createPurchase", "input", purchase("companyId", "not-an-id", at)),
                "companyId",
                "INVALID_ID");
        ws.as("viewer", "purchases").body("data.purchases.edges.size()", equalTo(0));
    }

    @Test
    void externalIdsAreUniquePerWorkspace() {
        MediaWorkspace ws = MediaWorkspace.create();
        String company = new CustomerRecords(pool).company(ws.id(), "Frost & Co");
        create(ws, purchase("companyId", company, "2025-03-01T09:00:00Z", "externalId", "INV-1"));
        ws.as(
                        "analyst",
                        "createPurchase",
                        "input",
                        purchase("companyId", company, "2025-03-02T09:00:00Z", "externalId", "INV-1"))
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.field", equalTo("externalId"))
                .body("errors[0].extensions.reason", equalTo("EXTERNAL_ID_TAKEN"));
        ws.as("viewer", "purchases").body("data.purchases.edges.size()", equalTo(1));
    }
}
