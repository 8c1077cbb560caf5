package app.resonance.publication;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Five publications of three brands in three channels, March–April 2026:
 * <pre>
 *  1 Northwind cloud launch   Northwind  CIO Daily  03-05  w0.8  CIOs (default 0.8) +,  Engineers 0.4 =
 *  2 Contoso outage           Contoso    CIO Daily  03-20  w0.6  CIOs 0.9 −
 *  3 Fabrikam on Kubernetes   Fabrikam   DevBlog    04-02  w0.5  Engineers 0.7 +
 *  4 Northwind hiring         Northwind  LinkedIn   04-15  w0.3  (not assessed)
 *  5 Contoso pricing          Contoso    LinkedIn   04-28  w0.7  CIOs 0.2 =,  Engineers 0.6 −
 * </pre>
 */
@QuarkusTest
@RealStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationApiTest {

    private MediaWorkspace ws;

    /** Once per class; not in @BeforeAll, which runs before Quarkus points REST Assured at the app. */
    @BeforeEach
    void publishTheFixtureOnce() {
        if (ws != null) {
            return;
        }
        ws = MediaWorkspace.create();
        ws.as(
                        "analyst",
                        "createPublication",
                        "input",
                        ws.publication(
                                "Northwind cloud launch",
                                "Northwind",
                                "CIO Daily",
                                "2026-03-05T09:00:00Z",
                                0.8,
                                "Engineers",
                                0.4,
                                "NEUTRAL",
                                "CIOs",
                                null,
                                "POSITIVE"))
                .body("errors", nullValue())
                .body("data.createPublication.brand.name", equalTo("Northwind"))
                .body("data.createPublication.channel.name", equalTo("CIO Daily"))
                // by segment name, whatever the order they were given in
                .body("data.createPublication.assessments.segment.name", contains("CIOs", "Engineers"))
                .body("data.createPublication.assessments.impact", contains(0.8f, 0.4f));
        ws.publish(ws.publication(
                "Contoso outage", "Contoso", "CIO Daily", "2026-03-20T12:00:00Z", 0.6, "CIOs", 0.9, "NEGATIVE"));
        ws.publish(ws.publication(
                "Fabrikam on Kubernetes",
                "Fabrikam",
                "DevBlog",
                "2026-04-02T08:00:00Z",
                0.5,
                "Engineers",
                0.7,
                "POSITIVE"));
        ws.publish(ws.publication("Northwind hiring", "Northwind", "LinkedIn", "2026-04-15T15:00:00Z", 0.3));
        ws.publish(ws.publication(
                "Contoso pricing",
                "Contoso",
                "LinkedIn",
                "2026-04-28T10:00:00+02:00",
                0.7,
                "CIOs",
                0.2,
                "NEUTRAL",
                "Engineers",
                0.6,
                "NEGATIVE"));
    }

    private ValidatableResponse titles(Map<String, Object> filter, String... expected) {
        return ws.as("viewer", "publications", "filter", filter)
                .body("errors", nullValue())
                .body("data.publications.totalCount", equalTo(expected.length))
                .body("data.publications.edges.node.title", expected.length == 0 ? empty() : contains(expected));
    }

    @Test
    void filtersSelectByPeriodBrandChannelTypeAndPublisher() {
        titles(
                Map.of("from", "2026-04-01T00:00:00Z", "to", "2026-05-01T00:00:00Z"),
                "Contoso pricing",
                "Northwind hiring",
                "Fabrikam on Kubernetes");
        titles(Map.of("brandIds", List.of(ws.brands().get("Contoso"))), "Contoso pricing", "Contoso outage");
        titles(
                Map.of(
                        "channelIds",
                        List.of(ws.channels().get("DevBlog"), ws.channels().get("LinkedIn"))),
                "Contoso pricing",
                "Northwind hiring",
                "Fabrikam on Kubernetes");
        titles(Map.of("channelTypes", List.of("SOCIAL_NETWORK")), "Contoso pricing", "Northwind hiring");
        titles(Map.of("publishers", List.of("Daily Media Group")), "Contoso outage", "Northwind cloud launch");
        titles(Map.of("titleContains", "CONTOSO"), "Contoso pricing", "Contoso outage");
        titles(Map.of("titleContains", "100%"));
        ws.as("viewer", "publications", "filter", Map.of("titleContains", "nul\u0000"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("titleContains"));
    }

    @Test
    void filtersSelectByAssessmentSegmentSentimentAndImpact() {
        titles(
                Map.of("segmentIds", List.of(ws.segments().get("Engineers"))),
                "Contoso pricing",
                "Fabrikam on Kubernetes",
                "Northwind cloud launch");
        titles(Map.of("sentiments", List.of("NEGATIVE")), "Contoso pricing", "Contoso outage");
        titles(
                Map.of("segmentIds", List.of(ws.segments().get("Engineers")), "sentiments", List.of("NEGATIVE")),
                "Contoso pricing");
        titles(Map.of("minImpact", 0.85), "Contoso outage");
        titles(Map.of("minImpact", 0.3, "maxImpact", 0.5), "Northwind cloud launch");
    }

    @Test
    void pagesFollowCursorsWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            Map<String, Object> page = ws.as("viewer", "publications", "first", 2, "after", after)
                    .body("errors", nullValue())
                    .extract()
                    .path("data.publications");
            @SuppressWarnings("unchecked")
            List<Map<String, Map<String, String>>> edges = (List<Map<String, Map<String, String>>>) page.get("edges");
            edges.forEach(edge -> seen.add(edge.get("node").get("title")));
            @SuppressWarnings("unchecked")
            Map<String, Object> pageInfo = (Map<String, Object>) page.get("pageInfo");
            hasNext = (Boolean) pageInfo.get("hasNextPage");
            after = (String) pageInfo.get("endCursor");
        }
        assertEquals(
                List.of(
                        "Contoso pricing",
                        "Northwind hiring",
                        "Fabrikam on Kubernetes",
                        "Contoso outage",
                        "Northwind cloud launch"),
                seen);
    }

    @Test
    void ordersByWeightAndTitleAndRejectsBadPaging() {
        ws.as("viewer", "publications", "orderBy", "WEIGHT_DESC", "first", 3)
                .body("data.publications.edges.node.weight", contains(0.8f, 0.7f, 0.6f))
                .body("data.publications.pageInfo.hasNextPage", equalTo(true));
        String cursor = ws.as("viewer", "publications", "orderBy", "TITLE_ASC", "first", 2)
                .body("data.publications.edges.node.title", contains("Contoso outage", "Contoso pricing"))
                .extract()
                .path("data.publications.pageInfo.endCursor");
        ws.as("viewer", "publications", "orderBy", "TITLE_ASC", "first", 2, "after", cursor)
                .body(
                        "data.publications.edges.node.title",
                        contains("Fabrikam on Kubernetes", "Northwind cloud launch"));
        ws.as("viewer", "publications", "after", "not-a-cursor").body("errors[0].extensions.field", equalTo("after"));
        ws.as("viewer", "publications", "first", 0).body("errors[0].extensions.field", equalTo("first"));
        ws.as("viewer", "publications", "filter", Map.of("from", "2026-05-01T00:00:00Z", "to", "2026-04-01T00:00:00Z"))
                .body("errors[0].extensions.field", equalTo("filter.to"));
    }

    @Test
    void statsCountAndSumImpactPerMonthAndBrand() {
        ws.as("viewer", "publicationStats", "bucket", "MONTH", "groupBy", "BRAND")
                .body("errors", nullValue())
                .body(
                        "data.publicationStats.label",
                        contains("Contoso", "Northwind", "Contoso", "Fabrikam", "Northwind"))
                .body(
                        "data.publicationStats.bucket",
                        contains(
                                "2026-03-01T00:00:00Z",
                                "2026-03-01T00:00:00Z",
                                "2026-04-01T00:00:00Z",
                                "2026-04-01T00:00:00Z",
                                "2026-04-01T00:00:00Z"))
                .body("data.publicationStats.publications", contains(1, 1, 1, 1, 1))
                .body("data.publicationStats.impact", contains(0.9f, 1.2f, 0.8f, 0.7f, 0.0f));
    }

    @Test
    void statsBySentimentForOneSegmentCountOnlyItsAssessments() {
        ws.as(
                        "viewer",
                        "publicationStats",
                        "bucket",
                        "MONTH",
                        "groupBy",
                        "SENTIMENT",
                        "filter",
                        Map.of("segmentIds", List.of(ws.segments().get("CIOs"))))
                .body("data.publicationStats.label", contains("NEGATIVE", "POSITIVE", "NEUTRAL"))
                .body("data.publicationStats.impact", contains(0.9f, 0.8f, 0.2f));
        ws.as(
                        "viewer",
                        "publicationStats",
                        "bucket",
                        "WEEK",
                        "groupBy",
                        "CHANNEL_TYPE",
                        "timeZone",
                        "Europe/Warsaw",
                        "filter",
                        Map.of("channelTypes", List.of("MEDIA")))
                .body(
                        "data.publicationStats.bucket",
                        contains("2026-03-02T00:00:00+01:00", "2026-03-16T00:00:00+01:00"))
                .body("data.publicationStats.key", contains("MEDIA", "MEDIA"));
        ws.as("viewer", "publicationStats", "bucket", "DAY", "groupBy", "SEGMENT", "timeZone", "Mars/Base")
                .body("errors[0].extensions.field", equalTo("timeZone"));
    }

    @Test
    void badPublicationsAreRejectedNamingTheFieldAndNothingIsStored() {
        MediaWorkspace other = MediaWorkspace.create();
        Map<String, Object> foreignBrand =
                new HashMap<>(ws.publication("X", "Northwind", "DevBlog", "2026-04-01T00:00:00Z", 0.5));
        foreignBrand.put("brandId", other.brands().get("Northwind"));
        ws.as("analyst", "createPublication", "input", foreignBrand)
                .body("errors[0].extensions.field", equalTo("brandId"));

        Map<String, Object> foreignSegment =
                ws.publication("X", "Northwind", "DevBlog", "2026-04-01T00:00:00Z", 0.5, "CIOs", 0.5, "POSITIVE");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> assessments = (List<Map<String, Object>>) foreignSegment.get("assessments");
        assessments.add(Map.of("segmentId", other.segments().get("CIOs"), "sentiment", "NEUTRAL"));
        ws.as("analyst", "createPublication", "input", foreignSegment)
                .body("errors[0].extensions.field", equalTo("assessments[1].segmentId"));

        ws.as(
                        "analyst",
                        "createPublication",
                        "input",
                        ws.publication("X", "Northwind", "DevBlog", "2026-04-01T00:00:00Z", 1.5))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("weight"));
        ws.as(
                        "analyst",
                        "createPublication",
                        "input",
                        ws.publication(
                                "X", "Northwind", "DevBlog", "2026-04-01T00:00:00Z", 0.5, "CIOs", 1.1, "POSITIVE"))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("impact"));
        ws.as(
                        "analyst",
                        "createPublication",
                        "input",
                        ws.publication("X", "Northwind", "DevBlog", "2026-13-45T00:00:00Z", 0.5))
                .body("errors[0].message", notNullValue())
                .body("data", nullValue());
        ws.as(
                        "analyst",
                        "createPublication",
                        "input",
                        ws.publication("X", "Northwind", "DevBlog", "2099-01-01T00:00:00Z", 0.5))
                .body("errors[0].extensions.field", equalTo("publishedAt"));

        Map<String, Object> first =
                new HashMap<>(ws.publication("Ext", "Northwind", "DevBlog", "2026-04-01T00:00:00Z", 0.5));
        first.put("externalId", "feed-42");
        String id = ws.publish(first);
        ws.as("analyst", "createPublication", "input", first).body("errors[0].extensions.field", equalTo("externalId"));
        ws.as("analyst", "deletePublication", "id", id).body("data.deletePublication", equalTo(id));

        ws.as("viewer", "publications").body("data.publications.totalCount", equalTo(5));
    }

    @Test
    void updateReplacesAssessmentsAndDeleteRemoves() {
        MediaWorkspace own = MediaWorkspace.create();
        String id = own.publish(
                own.publication("Draft", "Northwind", "DevBlog", "2026-04-01T00:00:00Z", 0.5, "CIOs", 0.5, "POSITIVE"));
        own.as(
                        "analyst",
                        "updatePublication",
                        "id",
                        id,
                        "input",
                        own.publication(
                                "Final",
                                "Northwind",
                                "DevBlog",
                                "2026-04-01T00:00:00Z",
                                0.6,
                                "Engineers",
                                null,
                                "NEGATIVE"))
                .body("data.updatePublication.title", equalTo("Final"))
                .body(
                        "data.updatePublication.assessments.segment.id",
                        contains(own.segments().get("Engineers")))
                .body("data.updatePublication.assessments.impact", contains(0.6f));
        own.as("viewer", "deletePublication", "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        own.as("analyst", "deletePublication", "id", id).body("errors", nullValue());
        own.as("analyst", "publications").body("data.publications.edges", empty());
        own.as("analyst", "deletePublication", "id", id).body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void relationsAreLoadedForWhatTheQuerySelectsThroughAliasesFragmentsAndDirectives() {
        String id = ws.as("viewer", "publications", "filter", Map.of("titleContains", "cloud launch"))
                .extract()
                .path("data.publications.edges[0].node.id");
        ws.as("viewer", "publicationParts", "id", id, "withSegments", true)
                .body("errors", nullValue())
                .body("data.publication.outlet.name", equalTo("CIO Daily"))
                .body("data.publication.assessments.segment.name", contains("CIOs", "Engineers"))
                .body("data.publication.assessments.impact", contains(0.8f, 0.4f))
                .body("data.publication", not(hasKey("brand")));
        ws.as("viewer", "publicationParts", "id", id, "withSegments", false)
                .body("errors", nullValue())
                .body("data.publication.assessments.impact", contains(0.8f, 0.4f))
                .body("data.publication.assessments[0]", not(hasKey("segment")));
    }

    @Test
    void otherTenantsCanNeitherReadNorWrite() {
        String anyId = ws.as("viewer", "publications", "first", 1).extract().path("data.publications.edges[0].node.id");
        ws.as("outsider", "publications").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "publication", "id", anyId).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "publicationStats", "bucket", "DAY", "groupBy", "BRAND")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as(
                        "outsider",
                        "createPublication",
                        "input",
                        ws.publication("Spam", "Northwind", "DevBlog", "2026-04-01T00:00:00Z", 0.5))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "deletePublication", "id", anyId).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        // Even a member of both workspaces cannot reach a publication through the other one.
        MediaWorkspace other = MediaWorkspace.create();
        other.as("analyst", "publication", "id", anyId).body("errors[0].extensions.field", equalTo("id"));
        ws.as("viewer", "publications")
                .body("data.publications.edges", hasSize(5))
                .body(
                        "data.publications.edges.node.brand.name",
                        containsInAnyOrder("Contoso", "Northwind", "Fabrikam", "Contoso", "Northwind"));
    }
}
