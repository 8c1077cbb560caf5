package app.resonance.demo;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What an analyst finds in the demo workspace of ./run.sh: a whole media field with six months of coverage. */
@QuarkusTest
@RealStackTest
class DemoWorkspaceTest {

    @Test
    void theAnalystFindsACompleteMediaFieldWithSixMonthsOfAssessedCoverage() {
        String id = demoWorkspaceId();
        JsonPath data = as("analyst", "demoWorkspace", "workspaceId", id)
                .body("errors", nullValue())
                .body(
                        "data.brands.name",
                        containsInAnyOrder("Northwind Systems", "Contoso Cloud", "Fabrikam Data", "Initech Software"))
                .extract()
                .jsonPath();

        assertEquals(List.of("Northwind Systems"), data.getList("data.brands.findAll { it.kind == 'CLIENT' }.name"));
        assertTrue(data.getList("data.segments").size() >= 5, "segments");
        assertEquals(
                3,
                data.getList("data.segments.immersion", String.class).stream()
                        .distinct()
                        .count(),
                "expert, engaged and general segments");
        assertTrue(data.getList("data.channels").size() >= 20, "channels");
        assertEquals(
                6,
                data.getList("data.channels.type", String.class).stream()
                        .distinct()
                        .count(),
                "all six channel types");
        assertTrue(
                data.getList("data.channels.url", String.class).stream().allMatch(url -> url.startsWith("https://")));
        assertTrue(
                data.getList("data.channelWeights").size()
                        >= data.getList("data.segments").size()
                                * data.getList("data.channels").size()
                                / 2,
                "weights for most segment × channel pairs");

        int total = data.getInt("data.publications.totalCount");
        assertTrue(total >= 300, "several hundred publications, got " + total);
        List<Map<String, Object>> byBrand = data.getList("data.byBrand");
        assertEquals(
                total,
                byBrand.stream()
                        .mapToInt(row -> ((Number) row.get("publications")).intValue())
                        .sum());
        Map<String, Integer> perBrand = byBrand.stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row.get("label"),
                        Collectors.summingInt(row -> ((Number) row.get("publications")).intValue())));
        assertEquals(4, perBrand.size(), "every brand publishes: " + perBrand);
        assertTrue(
                byBrand.stream().allMatch(row -> ((Number) row.get("impact")).doubleValue() > 0),
                "every brand is assessed in every month");

        List<OffsetDateTime> months = byBrand.stream()
                .map(row -> OffsetDateTime.parse((String) row.get("bucket")))
                .distinct()
                .sorted()
                .toList();
        assertTrue(months.size() >= 6, "spread over six months: " + months);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertTrue(
                months.get(0).isAfter(now.minusMonths(8))
                        && months.get(months.size() - 1).isBefore(now),
                "recent and not in the future: " + months);

        assertEquals(
                List.of("NEGATIVE", "NEUTRAL", "POSITIVE"),
                data.getList("data.bySentiment.key", String.class).stream()
                        .distinct()
                        .sorted(Comparator.naturalOrder())
                        .toList(),
                "a mix of sentiments");
    }

    @Test
    void theLastMonthShowsContosoSurgingAmongEngineersInBlogsAndSocialNetworks() {
        String id = demoWorkspaceId();
        String engineers = as("analyst", "segments", "workspaceId", id)
                .extract()
                .jsonPath()
                .getString("data.segments.find { it.name == 'IT engineers' }.id");
        Map<String, Object> lastMonth = Map.of(
                "from",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(30).toString(),
                "channelTypes",
                List.of("INDUSTRY_BLOG", "SOCIAL_NETWORK"),
                "segmentIds",
                List.of(engineers));
        List<Map<String, Object>> rows = as(
                        "analyst",
                        "publicationStats",
                        "workspaceId",
                        id,
                        "filter",
                        lastMonth,
                        "bucket",
                        "MONTH",
                        "groupBy",
                        "BRAND")
                .body("errors", nullValue())
                .extract()
                .jsonPath()
                .getList("data.publicationStats");
        Map<String, Integer> perBrand = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row.get("label"),
                        Collectors.summingInt(row -> ((Number) row.get("publications")).intValue())));
        int contoso = perBrand.getOrDefault("Contoso Cloud", 0);
        int client = perBrand.getOrDefault("Northwind Systems", 0);
        assertTrue(contoso >= 3 * Math.max(1, client), "Contoso far ahead of the client: " + perBrand);
    }

    private static String demoWorkspaceId() {
        return as("analyst", "workspaces")
                .body("errors", nullValue())
                .extract()
                .jsonPath()
                .getString("data.workspaces.find { it.name == '" + DemoData.WORKSPACE + "' }.id");
    }
}
