package app.resonance.supplier;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Engagements, ratings, criteria, quotes and the choice between suppliers, against figures computed by hand: a
 * criterion's score is the mean of the engagements' scores weighted by 0.5^(age / 365 days), the overall score the
 * criteria's scores weighted by the criteria's weights (see {@link SupplierScoring}).
 */
@QuarkusTest
@RealStackTest
class SupplierRatingApiTest {

    private static final double EXACT = 1e-6;

    @Test
    void aScoreCountsLastYearsEngagementHalfAndWeighsTheCriteria() {
        MediaWorkspace ws = MediaWorkspace.empty();
        Map<String, String> criteria = criteria(ws);
        String printer = supplier(ws, "Print & Co", "PRINTING");
        quote(ws, printer, "PRINTING", "1000");
        // 2024-06-01 is 365 days before 2025-06-01: the older engagement weighs 0.5 against the newer one's 1.
        rate(ws, engagement(ws, printer, "2025-06-01", true), criteria, 5, 3, 4, 2);
        rate(ws, engagement(ws, printer, "2024-06-01", false), criteria, 2, 5, 4, null);

        ValidatableResponse ranking = ws.as("viewer", "supplierRanking", "category", "PRINTING", "amount", "1000")
                .body("errors", nullValue());
        // quality (5·1 + 2·0.5) / 1.5 = 4; cost (3·1 + 5·0.5) / 1.5 = 3.6667; reliability 4; convenience 2 (once).
        assertNumbers(ranking, "data.supplierRanking.suppliers[0].score.criteria.score", 4.0, 11.0 / 3, 4.0, 2.0);
        ranking.body("data.supplierRanking.suppliers[0].score.criteria.ratings", contains(2, 2, 2, 1));
        // Equal weights: (4 + 3.6667 + 4 + 2) / 4 = 3.4167, where a plain mean of quality alone would be 3.5.
        assertNumber(ranking, "data.supplierRanking.suppliers[0].score.overall", (4.0 + 11.0 / 3 + 4.0 + 2.0) / 4);
        ranking.body("data.supplierRanking.suppliers[0].score.engagements", equalTo(2))
                .body("data.supplierRanking.suppliers[0].score.ratedEngagements", equalTo(2))
                .body("data.supplierRanking.suppliers[0].score.onTime", equalTo(1))
                .body("data.supplierRanking.suppliers[0].score.late", equalTo(1))
                .body("data.supplierRanking.suppliers[0].score.lastEngagedOn", equalTo("2025-06-01"));
        assertNumber(ranking, "data.supplierRanking.suppliers[0].score.onTimeRate", 0.5);

        // The admin weighs quality three times cost, leaves reliability out of the overall and drops convenience.
        ws.as(
                        "admin",
                        "setRatingCriteria",
                        "criteria",
                        List.of(
                                criterion(criteria.get("QUALITY"), "Quality", "3"),
                                criterion(criteria.get("COST"), "Price", "1"),
                                criterion(criteria.get("RELIABILITY"), "Reliability", "0")))
                .body("errors", nullValue())
                .body("data.setRatingCriteria.name", contains("Quality", "Price", "Reliability"))
                .body("data.setRatingCriteria.preset", contains("QUALITY", null, "RELIABILITY"));
        ValidatableResponse reweighed = ws.as("viewer", "supplierScores").body("errors", nullValue());
        // (3·4 + 1·3.6667 + 0·4) / 4 = 3.9167.
        assertNumber(reweighed, "data.suppliers[0].score.overall", (3 * 4.0 + 11.0 / 3) / 4);
        assertNumbers(reweighed, "data.suppliers[0].score.criteria.score", 4.0, 11.0 / 3, 4.0);
    }

    @Test
    void theRankingHoldsOnlySuppliersOfTheServiceWhoseQuoteFitsBestFirstWithItsReasons() {
        MediaWorkspace ws = MediaWorkspace.empty();
        Map<String, String> criteria = criteria(ws);
        String good = supplier(ws, "Good Print", "PRINTING");
        String excellent = supplier(ws, "Excellent Print", "PRINTING", "POSTAGE");
        String dear = supplier(ws, "Dear Print", "PRINTING");
        supplier(ws, "Unquoted Print", "PRINTING");
        String fresh = supplier(ws, "Fresh Print", "PRINTING");
        String venue = supplier(ws, "Hall", "VENUE");
        quote(ws, good, "PRINTING", "900");
        quote(ws, excellent, "PRINTING", "700.50");
        quote(ws, dear, "PRINTING", "1200");
        quote(ws, fresh, "PRINTING", "500");
        quote(ws, venue, "VENUE", "100");
        rate(ws, engagement(ws, good, "2025-03-01", true), criteria, 4, 3, 3, 3);
        rate(ws, engagement(ws, excellent, "2025-03-01", true), criteria, 5, 5, 5, 5);
        rate(ws, engagement(ws, dear, "2025-03-01", true), criteria, 5, 5, 5, 5);

        ValidatableResponse ranking = ws.as("viewer", "supplierRanking", "category", "PRINTING", "amount", "1000")
                .body("errors", nullValue())
                .body(
                        "data.supplierRanking.suppliers.supplier.name",
                        contains("Excellent Print", "Good Print", "Fresh Print"))
                .body("data.supplierRanking.suppliers.rank", contains(1, 2, 3))
                .body("data.supplierRanking.overBudget", equalTo(1))
                .body("data.supplierRanking.withoutQuote", equalTo(1))
                .body("data.supplierRanking.suppliers[2].score.overall", nullValue())
                .body("data.supplierRanking.suppliers[2].score.engagements", equalTo(0));
        assertNumbers(ranking, "data.supplierRanking.suppliers.quote", 700.5, 900, 500);
        assertNumbers(ranking, "data.supplierRanking.suppliers.headroom", 299.5, 100, 500);
        assertNumber(ranking, "data.supplierRanking.suppliers[1].score.overall", 13.0 / 4);

        ws.as("viewer", "supplierRanking", "category", "PRINTING", "amount", "600")
                .body("data.supplierRanking.suppliers.supplier.name", contains("Fresh Print"))
                .body("data.supplierRanking.overBudget", equalTo(3));
        ws.as("viewer", "supplierRanking", "category", "PRINTING", "amount", "1000", "first", 2)
                .body("data.supplierRanking.suppliers.supplier.name", contains("Excellent Print", "Good Print"))
                .body("data.supplierRanking.fitting", equalTo(3));
    }

    @Test
    void suppliersCompareSideBySideWithTheirWholeHistoryInOneCall() {
        MediaWorkspace ws = MediaWorkspace.empty();
        Map<String, String> criteria = criteria(ws);
        String first = supplier(ws, "First Stands", "STAND");
        String second = supplier(ws, "Second Stands", "STAND", "EQUIPMENT_TRANSPORT");
        rate(ws, engagement(ws, first, "2025-01-10", true), criteria, 4, 4, 4, 4);
        engagement(ws, first, "2025-09-10", null);
        rate(ws, engagement(ws, second, "2025-05-05", false), criteria, 2, 5, 1, 3);
        quote(ws, second, "STAND", "4000");

        ValidatableResponse compared = ws.as("viewer", "compareSuppliers", "supplierIds", List.of(second, first))
                .body("errors", nullValue())
                .body("data.compareSuppliers.supplier.name", contains("Second Stands", "First Stands"))
                .body("data.compareSuppliers[0].quotes.service", contains("STAND"))
                .body("data.compareSuppliers[1].quotes", empty())
                .body("data.compareSuppliers[1].engagements.engagedOn", contains("2025-09-10", "2025-01-10"))
                .body("data.compareSuppliers[1].engagements[0].scores", empty())
                .body("data.compareSuppliers[1].score.engagements", equalTo(2));
        assertNumber(compared, "data.compareSuppliers[0].score.overall", 11.0 / 4);
        assertNumber(compared, "data.compareSuppliers[0].score.onTimeRate", 0.0);
        assertNumber(compared, "data.compareSuppliers[1].score.onTimeRate", 1.0);

        ws.as("viewer", "compareSuppliers", "supplierIds", List.of(first, "00000000-0000-7000-8000-000000000000"))
                .body("errors[0].extensions.field", equalTo("supplierIds[1]"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void engagementsAreKeptByAnalystsAndReadByViewers() {
        MediaWorkspace ws = MediaWorkspace.empty();
        String printer = supplier(ws, "Print & Co", "PRINTING");
        String id = engagement(ws, printer, "2025-02-02", null);
        Map<String, Object> changed = engagementInput(printer, "2025-02-03", true);
        changed.put("service", "POSTAGE");
        changed.put("note", "  Posted a day late, but complete. ");
        ws.as("analyst", "updateSupplierEngagement", "id", id, "input", changed)
                .body("errors", nullValue())
                .body("data.updateSupplierEngagement.service", equalTo("POSTAGE"))
                .body("data.updateSupplierEngagement.onTime", equalTo(true))
                .body("data.updateSupplierEngagement.note", equalTo("Posted a day late, but complete."));
        engagement(ws, printer, "2025-04-04", false);
        ws.as("viewer", "supplierEngagements", "supplierId", printer)
                .body("data.supplierEngagements.engagedOn", contains("2025-04-04", "2025-02-03"));

        ws.as("viewer", "createSupplierEngagement", "input", engagementInput(printer, "2025-01-01", true))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "deleteSupplierEngagement", "id", id).body("data.deleteSupplierEngagement", equalTo(id));
        ws.as("analyst", "deleteSupplierEngagement", "id", id)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("viewer", "supplierEngagements", "supplierId", printer).body("data.supplierEngagements", hasSize(1));
        // The track record follows every change: the late engagement is all that is left.
        ws.as("viewer", "supplierScores")
                .body("data.suppliers[0].score.engagements", equalTo(1))
                .body("data.suppliers[0].score.onTime", equalTo(0))
                .body("data.suppliers[0].score.late", equalTo(1));
    }

    @Test
    void anotherWorkspacesSupplierCampaignOrCriterionIsUnknownByItsField() {
        MediaWorkspace ws = MediaWorkspace.empty();
        MediaWorkspace other = MediaWorkspace.empty();
        String theirs = supplier(other, "Their Printer", "PRINTING");
        String theirCriterion = criteria(other).get("QUALITY");
        String ours = supplier(ws, "Our Printer", "PRINTING");

        ws.as("analyst", "createSupplierEngagement", "input", engagementInput(theirs, "2025-01-01", true))
                .body("errors[0].extensions.field", equalTo("supplierId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        Map<String, Object> withCampaign = engagementInput(ours, "2025-01-01", true);
        withCampaign.put("campaignId", "00000000-0000-7000-8000-000000000000");
        ws.as("analyst", "createSupplierEngagement", "input", withCampaign)
                .body("errors[0].extensions.field", equalTo("campaignId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        String engagement = engagement(ws, ours, "2025-01-01", true);
        ws.as(
                        "analyst",
                        "rateSupplierEngagement",
                        "engagementId",
                        engagement,
                        "scores",
                        List.of(
                                Map.of("criterionId", criteria(ws).get("QUALITY"), "score", 4),
                                Map.of("criterionId", theirCriterion, "score", 4)))
                .body("errors[0].extensions.field", equalTo("scores[1].criterionId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("viewer", "supplierEngagements", "supplierId", ours).body("data.supplierEngagements[0].scores", empty());
    }

    @Test
    void ratingsComeAfterTheEngagementOnScoresFromOneToFiveOnceEach() {
        MediaWorkspace ws = MediaWorkspace.empty();
        Map<String, String> criteria = criteria(ws);
        String printer = supplier(ws, "Print & Co", "PRINTING");
        String booked = engagement(ws, printer, "2199-01-01", null);
        ws.as("analyst", "rateSupplierEngagement", "engagementId", booked, "scores", scores(criteria, 4, 4, 4, 4))
                .body("errors[0].extensions.field", equalTo("engagementId"))
                .body("errors[0].extensions.reason", equalTo("NOT_YET_TAKEN_PLACE"))
                .body("errors[0].extensions.value", equalTo("2199-01-01"));
        String done = engagement(ws, printer, "2025-01-01", true);
        ws.as("analyst", "rateSupplierEngagement", "engagementId", done, "scores", scores(criteria, 6, 4, 4, 4))
                .body("errors[0].extensions.violations[0].propertyPath", org.hamcrest.Matchers.hasItem("score"));
        ws.as(
                        "analyst",
                        "rateSupplierEngagement",
                        "engagementId",
                        done,
                        "scores",
                        List.of(
                                Map.of("criterionId", criteria.get("COST"), "score", 4),
                                Map.of("criterionId", criteria.get("COST"), "score", 2)))
                .body("errors[0].extensions.field", equalTo("scores[1].criterionId"))
                .body("errors[0].extensions.reason", equalTo("GIVEN_TWICE"));
        rate(ws, done, criteria, 4, 4, 4, 4);
        ws.as("analyst", "rateSupplierEngagement", "engagementId", done, "scores", scores(criteria, 1, null, null, 2))
                .body("errors", nullValue())
                .body("data.rateSupplierEngagement.scores.score", containsInAnyOrder(1, 2))
                .body("data.rateSupplierEngagement.ratedBy", equalTo("analyst"));
    }

    @Test
    void everyWorkspaceStartsWithFourEqualCriteriaThatOnlyItsAdminsChange() {
        MediaWorkspace ws = MediaWorkspace.empty();
        ws.as("viewer", "ratingCriteria")
                .body("data.ratingCriteria.preset", contains("QUALITY", "COST", "RELIABILITY", "CONVENIENCE"))
                .body("data.ratingCriteria.weight", contains(1.0f, 1.0f, 1.0f, 1.0f));
        List<Map<String, Object>> one = List.of(criterion(null, "Punctuality", "1"));
        ws.as("analyst", "setRatingCriteria", "criteria", one).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as(
                        "admin",
                        "setRatingCriteria",
                        "criteria",
                        List.of(criterion(null, "Punctuality", "1"), criterion(null, "PUNCTUALITY", "2")))
                .body("errors[0].extensions.field", equalTo("criteria[1].name"))
                .body("errors[0].extensions.reason", equalTo("GIVEN_TWICE"));
        ws.as("admin", "setRatingCriteria", "criteria", List.of(criterion(null, "Punctuality", "0")))
                .body("errors[0].extensions.field", equalTo("criteria"))
                .body("errors[0].extensions.reason", equalTo("NO_WEIGHT"));
        ws.as(
                        "admin",
                        "setRatingCriteria",
                        "criteria",
                        List.of(criterion("00000000-0000-7000-8000-000000000000", "Punctuality", "1")))
                .body("errors[0].extensions.field", equalTo("criteria[0].id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("admin", "setRatingCriteria", "criteria", one)
                .body("data.setRatingCriteria.name", contains("Punctuality"))
                .body("data.setRatingCriteria.preset", contains((Object) null));
        ws.as("viewer", "ratingCriteria").body("data.ratingCriteria.name", contains("Punctuality"));
    }

    @Test
    void aQuoteIsForAServiceTheSupplierOffersAndReplacesTheEarlierOne() {
        MediaWorkspace ws = MediaWorkspace.empty();
        String printer = supplier(ws, "Print & Co", "PRINTING");
        ws.as("analyst", "setSupplierQuote", "input", quoteInput(printer, "VENUE", "100"))
                .body("errors[0].extensions.field", equalTo("service"))
                .body("errors[0].extensions.reason", equalTo("NOT_OFFERED"));
        quote(ws, printer, "PRINTING", "250");
        quote(ws, printer, "PRINTING", "240.99");
        ValidatableResponse quotes = ws.as("viewer", "supplierScores").body("data.suppliers[0].quotes", hasSize(1));
        assertNumbers(quotes, "data.suppliers[0].quotes.amount", 240.99);
        ws.as("analyst", "deleteSupplierQuote", "supplierId", printer, "service", "PRINTING")
                .body("data.deleteSupplierQuote", equalTo(printer));
        ws.as("analyst", "deleteSupplierQuote", "supplierId", printer, "service", "PRINTING")
                .body("errors[0].extensions.field", equalTo("service"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("viewer", "supplierScores").body("data.suppliers[0].quotes", empty());
    }

    /** The workspace's criteria by preset. */
    private static Map<String, String> criteria(MediaWorkspace ws) {
        List<String> presets = ws.as("viewer", "ratingCriteria").extract().path("data.ratingCriteria.preset");
        List<String> ids = ws.as("viewer", "ratingCriteria").extract().path("data.ratingCriteria.id");
        Map<String, String> byPreset = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byPreset.put(presets.get(i), ids.get(i));
        }
        return byPreset;
    }

    private static Map<String, Object> criterion(String id, String name, String weight) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("name", name);
        input.put("weight", weight);
        return input;
    }

    private static String supplier(MediaWorkspace ws, String name, String... services) {
        return ws.as("analyst", "createSupplier", "input", Map.of("name", name, "services", List.of(services)))
                .body("errors", nullValue())
                .extract()
                .path("data.createSupplier.id");
    }

    private static Map<String, Object> engagementInput(String supplierId, String on, Boolean onTime) {
        Map<String, Object> input = new HashMap<>();
        input.put("supplierId", supplierId);
        input.put("service", "PRINTING");
        input.put("amount", "800");
        input.put("engagedOn", on);
        input.put("onTime", onTime);
        return input;
    }

    private static String engagement(MediaWorkspace ws, String supplierId, String on, Boolean onTime) {
        return ws.as("analyst", "createSupplierEngagement", "input", engagementInput(supplierId, on, onTime))
                .body("errors", nullValue())
                .extract()
                .path("data.createSupplierEngagement.id");
    }

    /** Scores for quality, cost, reliability and convenience; null leaves a criterion unscored. */
    private static List<Map<String, Object>> scores(Map<String, String> criteria, Integer... scores) {
        String[] presets = {"QUALITY", "COST", "RELIABILITY", "CONVENIENCE"};
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < presets.length; i++) {
            if (scores[i] != null) {
                list.add(Map.of("criterionId", criteria.get(presets[i]), "score", scores[i]));
            }
        }
        return list;
    }

    private static void rate(MediaWorkspace ws, String engagementId, Map<String, String> criteria, Integer... scores) {
        ws.as("analyst", "rateSupplierEngagement", "engagementId", engagementId, "scores", scores(criteria, scores))
                .body("errors", nullValue());
    }

    private static Map<String, Object> quoteInput(String supplierId, String service, String amount) {
        return Map.of("supplierId", supplierId, "service", service, "amount", amount);
    }

    private static void quote(MediaWorkspace ws, String supplierId, String service, String amount) {
        ws.as("analyst", "setSupplierQuote", "input", quoteInput(supplierId, service, amount))
                .body("errors", nullValue());
    }

    private static void assertNumber(ValidatableResponse response, String path, double expected) {
        Number actual = response.extract().path(path);
        assertEquals(expected, actual.doubleValue(), EXACT * 100, path);
    }

    /** REST Assured reads JSON numbers as floats: compare within a float's precision. */
    private static void assertNumbers(ValidatableResponse response, String path, double... expected) {
        List<Number> actual = response.extract().path(path);
        assertEquals(expected.length, actual.size(), path + ": " + actual);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(
                    expected[i],
                    actual.get(i).doubleValue(),
                    Math.abs(expected[i]) * 1e-6 + 1e-6,
                    path + ": " + actual);
        }
    }
}
