package app.resonance.sourcing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Choosing a supplier for a campaign's budget line: a printing line of 1,000.00 planned with 200.00 spent leaves
 * 800.00, which the quotes of 650.00 (fits) and 900.00 (does not) are held against.
 */
@QuarkusTest
@RealStackTest
class SourcingApiTest {

    @Test
    void theRankingTakesWhatTheCampaignsLineHasLeftAndPickingFillsTheLine() {
        MediaWorkspace ws = MediaWorkspace.empty();
        String cheap = supplier(ws, "Cheap Print", "PRINTING");
        String dear = supplier(ws, "Dear Print", "PRINTING");
        quote(ws, cheap, "650");
        quote(ws, dear, "900");
        String campaign = ws.as(
                        "analyst", "createCampaign", "input", Map.of("name", "Summit 2027", "type", "CONFERENCE"))
                .body("errors", nullValue())
                .extract()
                .path("data.createCampaign.id");
        String line = ws.as(
                        "analyst",
                        "createBudgetLine",
                        "campaignId",
                        campaign,
                        "input",
                        Map.of("category", "PRINTING", "planned", "1000", "actual", "200"))
                .body("errors", nullValue())
                .extract()
                .path("data.createBudgetLine.id");

        ValidatableResponse ranking = ws.as("viewer", "supplierRanking", "campaignId", campaign, "category", "PRINTING")
                .body("errors", nullValue())
                .body("data.supplierRanking.suppliers.supplier.name", contains("Cheap Print"))
                .body("data.supplierRanking.fitting", equalTo(1))
                .body("data.supplierRanking.overBudget", equalTo(1));
        assertEquals(800.0, ((Number) ranking.extract().path("data.supplierRanking.amount")).doubleValue(), 1e-3);
        assertEquals(
                150.0,
                ((Number) ranking.extract().path("data.supplierRanking.suppliers[0].headroom")).doubleValue(),
                1e-3);
        ws.as("viewer", "supplierRanking", "campaignId", campaign, "category", "PRINTING", "amount", "1000")
                .body("data.supplierRanking.suppliers.supplier.name", contains("Cheap Print", "Dear Print"));
        ws.as("viewer", "supplierRanking", "campaignId", campaign, "category", "VENUE")
                .body("errors[0].extensions.field", equalTo("amount"))
                .body("errors[0].extensions.reason", equalTo("MISSING"));

        ValidatableResponse picked = ws.as("analyst", "pickSupplier", "budgetLineId", line, "supplierId", cheap)
                .body("errors", nullValue())
                .body("data.pickSupplier.supplierId", equalTo(cheap));
        assertEquals(650.0, ((Number) picked.extract().path("data.pickSupplier.planned")).doubleValue(), 1e-3);
        assertEquals(450.0, ((Number) picked.extract().path("data.pickSupplier.remaining")).doubleValue(), 1e-3);
    }

    @Test
    void aPickedSupplierMustOfferTheLinesCategoryAndViewersCannotPick() {
        MediaWorkspace ws = MediaWorkspace.empty();
        String venue = supplier(ws, "Hall", "VENUE");
        String campaign = ws.as("analyst", "createCampaign", "input", Map.of("name", "Expo", "type", "EXHIBITION"))
                .extract()
                .path("data.createCampaign.id");
        String line = ws.as(
                        "analyst",
                        "createBudgetLine",
                        "campaignId",
                        campaign,
                        "input",
                        Map.of("category", "STAND", "planned", "5000"))
                .extract()
                .path("data.createBudgetLine.id");
        ws.as("analyst", "pickSupplier", "budgetLineId", line, "supplierId", venue)
                .body("errors[0].extensions.field", equalTo("supplierId"))
                .body("errors[0].extensions.reason", equalTo("NOT_OFFERED"));
        ws.as("viewer", "pickSupplier", "budgetLineId", line, "supplierId", venue)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "supplierRanking", "category", "STAND")
                .body("errors[0].extensions.field", equalTo("amount"))
                .body("errors[0].extensions.reason", equalTo("MISSING"));
    }

    private static String supplier(MediaWorkspace ws, String name, String... services) {
        return ws.as("analyst", "createSupplier", "input", Map.of("name", name, "services", List.of(services)))
                .body("errors", nullValue())
                .extract()
                .path("data.createSupplier.id");
    }

    private static void quote(MediaWorkspace ws, String supplierId, String amount) {
        ws.as(
                        "analyst",
                        "setSupplierQuote",
                        "input",
                        Map.of("supplierId", supplierId, "service", "PRINTING", "amount", amount))
                .body("errors", nullValue());
    }
}
