package app.resonance.balance;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.PublicationFiles;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The model of docs/media-balance.md against numbers worked out by hand for a small media field:
 * segments CIOs (r 0.9) and Engineers (r 0.5), channels CIO Daily, DevBlog and LinkedIn, the client
 * Northwind and competitors Contoso and Fabrikam; the arithmetic is in the comments.
 */
@QuarkusTest
@RealStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaBalanceTest {

    /** RestAssured reads JSON numbers as floats. */
    private static final double E = 1e-6;

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String FROM = TODAY.minusDays(25).toString();
    private static final String TO = TODAY.plusDays(1).toString();

    /** Publication inputs of the fixture, by number; dates are days before today. */
    private static List<Map<String, Object>> fixture(MediaWorkspace ws) {
        List<Map<String, Object>> p = new ArrayList<>();
        p.add(null); // numbered from 1
        p.add(ws.publication(
                "1", "Northwind", "CIO Daily", daysAgo(19), 0.5, "CIOs", 0.5, "POSITIVE", "Engineers", 0.4, "NEUTRAL"));
        p.add(ws.publication("2", "Contoso", "CIO Daily", daysAgo(18), 0.8, "CIOs", null, "POSITIVE"));
        p.add(ws.publication(
                "3", "Contoso", "CIO Daily", daysAgo(17), 0.6, "CIOs", 0.6, "POSITIVE", "Engineers", 0.6, "NEGATIVE"));
        p.add(ws.publication("4", "Fabrikam", "CIO Daily", daysAgo(16), 0.9, "CIOs", 0.9, "NEUTRAL"));
        p.add(ws.publication("5", "Northwind", "DevBlog", daysAgo(15), 0.4, "Engineers", 0.8, "POSITIVE"));
        p.add(ws.publication(
                "6", "Contoso", "DevBlog", daysAgo(14), 0.5, "Engineers", 1.0, "POSITIVE", "CIOs", 0.2, "NEGATIVE"));
        p.add(ws.publication("7", "Fabrikam", "DevBlog", daysAgo(13), 0.6, "Engineers", 0.6, "POSITIVE"));
        p.add(ws.publication("8", "Fabrikam", "DevBlog", daysAgo(12), 0.8, "Engineers", 0.8, "NEUTRAL"));
        p.add(ws.publication("9", "Northwind", "LinkedIn", daysAgo(11), 0.4, "CIOs", 0.4, "NEGATIVE"));
        p.add(ws.publication("10", "Contoso", "LinkedIn", daysAgo(10), 1.0, "CIOs", 1.0, "POSITIVE"));
        p.add(ws.publication("11", "Fabrikam", "LinkedIn", daysAgo(9), 0.6, "CIOs", 0.6, "POSITIVE"));
        p.add(ws.publication(
                "12 (outside the window)", "Northwind", "CIO Daily", daysAgo(40), 1.0, "CIOs", 1.0, "POSITIVE"));
        p.add(ws.publication("13", "Fabrikam", "LinkedIn", daysAgo(8), 0.5, "Engineers", 0.5, "POSITIVE"));
        p.add(ws.publication("14", "Contoso", "CIO Daily", daysAgo(7), 1.0, "CIOs", 1.0, "POSITIVE"));
        p.add(ws.publication("15", "Contoso", "CIO Daily", daysAgo(6), 1.0, "CIOs", 1.0, "POSITIVE"));
        p.add(ws.publication("16", "Contoso", "LinkedIn", daysAgo(5), 1.0, "CIOs", 1.0, "POSITIVE"));
        return p;
    }

    static String daysAgo(int days) {
        return TODAY.minusDays(days) + "T09:00:00Z";
    }

    /** w(s, c); Engineers × LinkedIn is left out, so it weighs 0. */
    static void setWeights(MediaWorkspace ws) {
        ws.setWeights(List.of(
                ws.weight("CIOs", "CIO Daily", 0.8),
                ws.weight("CIOs", "DevBlog", 0.5),
                ws.weight("CIOs", "LinkedIn", 0.5),
                ws.weight("Engineers", "CIO Daily", 0.25),
                ws.weight("Engineers", "DevBlog", 1.0)));
    }

    /** The fixture as published, never changed: the tests that only read share it. */
    private MediaWorkspace published;
    /** The fixture after publication 9 turned positive and publication 5 was deleted. */
    private MediaWorkspace edited;
    /** As {@link #edited}, with lower thresholds. */
    private MediaWorkspace changed;

    /** Once per class; not in @BeforeAll, which runs before Quarkus points REST Assured at the app. */
    @BeforeEach
    void publishTheFixturesOnce() {
        if (published != null) {
            return;
        }
        published = Fixture.publish().ws();
        edited = Fixture.publish().editPublication9AndDeletePublication5();
        changed = Fixture.publish().editPublication9AndDeletePublication5();
        lowerThresholds(changed);
    }

    /** A workspace with the weights and the publications of {@link #fixture}, by number. */
    private record Fixture(MediaWorkspace ws, List<String> ids) {

        static Fixture publish() {
            MediaWorkspace ws = MediaWorkspace.create();
            setWeights(ws);
            List<Map<String, Object>> inputs = fixture(ws);
            List<String> ids = new ArrayList<>();
            ids.add(null);
            for (int i = 1; i < inputs.size(); i++) {
                ids.add(ws.publish(inputs.get(i)));
            }
            return new Fixture(ws, ids);
        }

        /** Publication 9 turns positive; publication 5 (Northwind on DevBlog, for Engineers) goes. */
        MediaWorkspace editPublication9AndDeletePublication5() {
            Map<String, Object> edited =
                    ws.publication("9", "Northwind", "LinkedIn", daysAgo(11), 0.4, "CIOs", 0.4, "POSITIVE");
            as("analyst", "updatePublication", "workspaceId", ws.id(), "id", ids.get(9), "input", edited)
                    .body("errors", nullValue());
            as("analyst", "deletePublication", "workspaceId", ws.id(), "id", ids.get(5))
                    .body("errors", nullValue());
            return ws;
        }
    }

    /** T_immediate 0.6, T_moderate 0.3. */
    private static void lowerThresholds(MediaWorkspace ws) {
        ws.setThresholds(0.6, 0.3);
    }

    @Test
    void everyCellMatchesTheHandComputedFixture() {
        Map<String, Object> balance = matrix(published, null);
        // CIOs × CIO Daily (w 0.8, r 0.9): Northwind 0.5 positive → P = 0.4; Contoso 0.8 + 0.6 + 1 + 1 positive
        // → 0.8 × 3.4 = 2.72; Fabrikam 0.9 neutral → 0.8 × 0.45 = 0.36; g = 0.9 × (2.72 − 0.4) = 2.088;
        // share 0.5 ÷ (0.5 + 3.4 + 0.9). Publication 12 is 40 days old and does not count.
        assertCell(balance, "CIOs", "CIO Daily", 0.8, 0.4, 2.72, 2.088, 0.5 / 4.8, "IMMEDIATE", 6, 1);
        assertCompetitors(balance, "CIOs", "CIO Daily", published, Map.of("Contoso", 2.72, "Fabrikam", 0.36));
        // CIOs × DevBlog (w 0.5): only Contoso, 0.2 negative → P = −0.1; C = max(−0.1, Fabrikam's 0) = 0; g = 0.
        assertCell(balance, "CIOs", "DevBlog", 0.5, 0, 0, 0, 0.0, "NONE", 1, 0);
        // CIOs × LinkedIn (w 0.5): Northwind 0.4 negative → −0.2; Contoso 2 × 1 positive → 1.0; Fabrikam 0.3;
        // g = 0.9 × (1.0 + 0.2) = 1.08; share 0.4 ÷ 3.
        assertCell(balance, "CIOs", "LinkedIn", 0.5, -0.2, 1.0, 1.08, 0.4 / 3, "MODERATE", 4, 1);
        // Engineers × CIO Daily (w 0.25, r 0.5): Northwind 0.4 neutral → 0.05; Contoso 0.6 negative → −0.15;
        // C = 0; g = 0.5 × (0 − 0.05) = −0.025; share 0.4 ÷ 1.0.
        assertCell(balance, "Engineers", "CIO Daily", 0.25, 0.05, 0, -0.025, 0.4, "NONE", 2, 1);
        // Engineers × DevBlog (w 1): Northwind 0.8; Contoso 1.0; Fabrikam 0.6 + 0.8 × 0.5 = 1.0; g = 0.5 × 0.2,
        // below the smallest gap worth an alert (T_secondary 0.25 by default): NONE.
        assertCell(balance, "Engineers", "DevBlog", 1.0, 0.8, 1.0, 0.1, 0.8 / 3.2, "NONE", 4, 1);
        // Engineers × LinkedIn has no weight: every presence is 0, but the publication counts for the share.
        assertCell(balance, "Engineers", "LinkedIn", 0.0, 0, 0, 0, 0.0, "NONE", 1, 0);
    }

    @Test
    void segmentsAndChannelsRollUpTheirMostUrgentCellAndPositiveGaps() {
        Map<String, Object> balance = matrix(published, null);
        assertRollup(balance, "segments", "segment", "CIOs", "IMMEDIATE", 2.088 + 1.08, 2);
        // A positive gap below T_secondary still counts in what the client has to make up.
        assertRollup(balance, "segments", "segment", "Engineers", "NONE", 0.1, 0);
        assertRollup(balance, "channels", "channel", "CIO Daily", "IMMEDIATE", 2.088, 1);
        assertRollup(balance, "channels", "channel", "LinkedIn", "MODERATE", 1.08, 1);
    }

    @Test
    void withoutAPeriodTheAlertWindowUpToTodayGivesTheSameCells() {
        Map<String, Object> byDefault = as("viewer", "mediaBalance", "workspaceId", published.id())
                .body("errors", nullValue())
                .extract()
                .path("data.mediaBalance");
        assertEquals(TODAY.minusDays(29).toString(), byDefault.get("from"));
        assertCell(byDefault, "CIOs", "CIO Daily", 0.8, 0.4, 2.72, 2.088, 0.5 / 4.8, "IMMEDIATE", 6, 1);
    }

    @Test
    void aCompetitorFilterWeighsTheClientAgainstThoseCompetitorsOnly() {
        // Client vs Fabrikam only: C = 0.36, g = 0.9 × (0.36 − 0.4) = −0.036; share 0.5 ÷ (0.5 + 0.9).
        Map<String, Object> versusFabrikam = matrix(
                published, Map.of("competitorIds", List.of(published.brands().get("Fabrikam"))));
        assertCell(versusFabrikam, "CIOs", "CIO Daily", 0.8, 0.4, 0.36, -0.036, 0.5 / 1.4, "NONE", 2, 1);
    }

    @Test
    void anEditedPublicationChangesTheSumsOfItsCell() {
        // Publication 9 turned positive → Northwind's LinkedIn presence for CIOs is +0.2; g = 0.72.
        Map<String, Object> balance = matrix(edited, null);
        assertCell(balance, "CIOs", "LinkedIn", 0.5, 0.2, 1.0, 0.72, 0.4 / 3, "SECONDARY", 4, 1);
        assertCell(balance, "CIOs", "CIO Daily", 0.8, 0.4, 2.72, 2.088, 0.5 / 4.8, "IMMEDIATE", 6, 1);
    }

    @Test
    void aDeletedPublicationLeavesTheSumsOfItsCell() {
        // Without publication 5, Engineers × DevBlog has no client presence; g = 0.5 × 1.0.
        Map<String, Object> balance = matrix(edited, null);
        assertCell(balance, "Engineers", "DevBlog", 1.0, 0, 1.0, 0.5, 0.0, "SECONDARY", 3, 0);
        assertCell(balance, "CIOs", "CIO Daily", 0.8, 0.4, 2.72, 2.088, 0.5 / 4.8, "IMMEDIATE", 6, 1);
    }

    @Test
    void lowerThresholdsMakeTheSameGapsMoreUrgent() {
        // After the edit and the delete, lower thresholds: 0.72 ≥ 0.6 is now IMMEDIATE, 0.5 ≥ 0.3 MODERATE.
        Map<String, Object> balance = matrix(changed, null);
        assertCell(balance, "CIOs", "LinkedIn", 0.5, 0.2, 1.0, 0.72, 0.4 / 3, "IMMEDIATE", 4, 1);
        assertCell(balance, "Engineers", "DevBlog", 1.0, 0, 1.0, 0.5, 0.0, "MODERATE", 3, 0);
        assertCell(balance, "Engineers", "CIO Daily", 0.25, 0.05, 0, -0.025, 0.4, "NONE", 2, 1);
    }

    @Test
    void urgentCellsComeRankedByGapPageByPage() {
        String after = as("viewer", "urgentCells", "workspaceId", changed.id(), "from", FROM, "to", TO, "first", 2)
                .body("data.urgentCells.totalCount", equalTo(3))
                .body("data.urgentCells.edges.node.gap", equalTo(List.of(2.088f, 0.72f)))
                .body("data.urgentCells.edges[1].node.channel.name", equalTo("LinkedIn"))
                .body("data.urgentCells.pageInfo.hasNextPage", equalTo(true))
                .extract()
                .path("data.urgentCells.pageInfo.endCursor");
        as("viewer", "urgentCells", "workspaceId", changed.id(), "from", FROM, "to", TO, "first", 2, "after", after)
                .body("data.urgentCells.edges", hasSize(1))
                .body("data.urgentCells.edges[0].node.segment.name", equalTo("Engineers"))
                .body("data.urgentCells.edges[0].node.urgency", equalTo("MODERATE"))
                .body("data.urgentCells.pageInfo.hasNextPage", equalTo(false));
        as("viewer", "urgentCells", "workspaceId", changed.id(), "from", FROM, "to", TO, "minUrgency", "IMMEDIATE")
                .body("data.urgentCells.totalCount", equalTo(2));
    }

    @Test
    void aCellsTrendGoesDayByDay() {
        // From 20 days ago: day 1 has Northwind's 0.5 (P 0.4, g −0.36), day 2 Contoso's 0.8 (P_C 0.64,
        // g 0.576 ≥ 0.3 → MODERATE with the lowered thresholds).
        List<Map<String, Object>> trend = as(
                        "viewer",
                        "mediaBalanceTrend",
                        "workspaceId",
                        changed.id(),
                        "segmentId",
                        changed.segments().get("CIOs"),
                        "channelId",
                        changed.channels().get("CIO Daily"),
                        "bucket",
                        "DAY",
                        "from",
                        TODAY.minusDays(20).toString(),
                        "to",
                        TODAY.minusDays(15).toString())
                .body("errors", nullValue())
                .body("data.mediaBalanceTrend", hasSize(5))
                .body("data.mediaBalanceTrend[0].cell.publications", equalTo(0))
                .body(
                        "data.mediaBalanceTrend[1].start",
                        equalTo(TODAY.minusDays(19).toString()))
                .body("data.mediaBalanceTrend[2].cell.urgency", equalTo("MODERATE"))
                .extract()
                .path("data.mediaBalanceTrend.cell");
        assertClose("day 1 P_client", 0.4, trend.get(1).get("clientPresence"));
        assertClose("day 1 g", -0.36, trend.get(1).get("gap"));
        assertClose("day 2 C", 0.64, trend.get(2).get("competitorPressure"));
    }

    @Test
    void anImportAndAReimportThatMovesAPublicationKeepTheSums() {
        MediaWorkspace ws = MediaWorkspace.create();
        setWeights(ws);
        String header = "external_id,published_at,brand,channel,title,weight,segment_1,impact_1,sentiment_1\n";
        String recent = header + "a," + daysAgo(3) + ",Contoso,CIO Daily,A,1,CIOs,1,POSITIVE\n" + "b," + daysAgo(2)
                + ",Contoso,CIO Daily,B,1,CIOs,0.5,POSITIVE\n";
        assertEquals("SUCCEEDED", PublicationFiles.importCsv(ws, recent));
        // C = 0.8 × 1.5, g = 0.9 × 1.2.
        assertCell(matrix(ws, null), "CIOs", "CIO Daily", 0.8, 0, 1.2, 1.08, 0.0, "MODERATE", 2, 0);

        // The same file again with b moved 60 days back, out of the window: only a counts.
        String moved = header + "a," + daysAgo(3) + ",Contoso,CIO Daily,A,1,CIOs,1,POSITIVE\n" + "b," + daysAgo(60)
                + ",Contoso,CIO Daily,B,1,CIOs,0.5,POSITIVE\n";
        assertEquals("SUCCEEDED", PublicationFiles.importCsv(ws, moved));
        assertCell(matrix(ws, null), "CIOs", "CIO Daily", 0.8, 0, 0.8, 0.72, 0.0, "SECONDARY", 1, 0);
    }

    @Test
    void settingsAreValidatedAndOnlyMembersSeeTheBalance() {
        MediaWorkspace ws = MediaWorkspace.create();
        as("viewer", "balanceSettings", "workspaceId", ws.id())
                .body("data.balanceSettings.immediateGap", equalTo(2.0f))
                .body("data.balanceSettings.moderateGap", equalTo(1.0f))
                .body("data.balanceSettings.alertWindowDays", equalTo(30))
                .body("data.balanceSettings.secondaryGap", equalTo(0.25f))
                .body("data.balanceSettings.autoResolveRecovered", equalTo(true));
        as(
                        "analyst",
                        "updateBalanceSettings",
                        "workspaceId",
                        ws.id(),
                        "input",
                        Map.of("immediateGap", 1.0, "moderateGap", 0.5, "secondaryGap", 0.6, "alertWindowDays", 30))
                .body("errors[0].extensions.field", equalTo("input.secondaryGap"))
                .body("errors[0].extensions.reason", equalTo("ABOVE_MODERATE_GAP"));
        // Without a smallest gap, a moderate threshold below the default 0.25 takes its place.
        as(
                        "analyst",
                        "updateBalanceSettings",
                        "workspaceId",
                        ws.id(),
                        "input",
                        Map.of("immediateGap", 1.0, "moderateGap", 0.2, "alertWindowDays", 30))
                .body("data.updateBalanceSettings.secondaryGap", equalTo(0.2f));
        as(
                        "analyst",
                        "updateBalanceSettings",
                        "workspaceId",
                        ws.id(),
                        "input",
                        Map.of("immediateGap", 1.0, "moderateGap", 1.5, "alertWindowDays", 30))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.moderateGap"));
        as(
                        "analyst",
                        "updateBalanceSettings",
                        "workspaceId",
                        ws.id(),
                        "input",
                        Map.of("immediateGap", 1.0, "moderateGap", 0.5, "alertWindowDays", 0))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("alertWindowDays"));
        as(
                        "viewer",
                        "updateBalanceSettings",
                        "workspaceId",
                        ws.id(),
                        "input",
                        Map.of("immediateGap", 1.0, "moderateGap", 0.5, "alertWindowDays", 7))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("viewer", "balanceSettings", "workspaceId", ws.id())
                .body("data.balanceSettings.alertWindowDays", equalTo(30))
                .body("data.balanceSettings.moderateGap", equalTo(0.2f));

        as("outsider", "mediaBalance", "workspaceId", ws.id()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("outsider", "urgentCells", "workspaceId", ws.id()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("outsider", "balanceSettings", "workspaceId", ws.id())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as(
                        "outsider",
                        "mediaBalanceTrend",
                        "workspaceId",
                        ws.id(),
                        "segmentId",
                        ws.segments().get("CIOs"),
                        "channelId",
                        ws.channels().get("CIO Daily"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("viewer", "mediaBalance", "workspaceId", ws.id(), "from", TO, "to", FROM)
                .body("errors[0].extensions.field", equalTo("to"));
        as(
                        "viewer",
                        "mediaBalanceTrend",
                        "workspaceId",
                        ws.id(),
                        "segmentId",
                        ws.channels().get("DevBlog"),
                        "channelId",
                        ws.channels().get("CIO Daily"))
                .body("errors[0].extensions.field", equalTo("segmentId"));
    }

    private static Map<String, Object> matrix(MediaWorkspace ws, Map<String, Object> filter) {
        return matrixAndGridAgree((filter == null
                        ? as("viewer", "mediaBalance", "workspaceId", ws.id(), "from", FROM, "to", TO)
                        : as(
                                "viewer",
                                "mediaBalance",
                                "workspaceId",
                                ws.id(),
                                "from",
                                FROM,
                                "to",
                                TO,
                                "filter",
                                filter))
                .body("errors", nullValue())
                .body("data.mediaBalance.cells", hasSize(6))
                .extract()
                .path("data.mediaBalance"));
    }

    /** The grid holds the cells' figures, row by row, rounded to six decimal places. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> matrixAndGridAgree(Map<String, Object> balance) {
        List<Map<String, Object>> cells = (List<Map<String, Object>>) balance.get("cells");
        Map<String, List<Object>> grid = (Map<String, List<Object>>) balance.get("grid");
        List<Object> competitorIds = grid.get("competitorIds");
        for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> cell = cells.get(i);
            for (String figure : List.of(
                    "urgency",
                    "gap",
                    "weight",
                    "clientPresence",
                    "competitorPressure",
                    "shareOfVoice",
                    "publications",
                    "clientPublications")) {
                assertSameFigure(cell.get(figure), grid.get(figure).get(i), figure + " of cell " + i);
            }
            List<Map<String, Object>> competitors = (List<Map<String, Object>>) cell.get("competitors");
            assertEquals(competitorIds.size(), competitors.size());
            for (Map<String, Object> competitor : competitors) {
                int k = competitorIds.indexOf(competitor.get("brandId"));
                assertSameFigure(
                        competitor.get("presence"),
                        ((List<Object>) grid.get("competitorPresence").get(k)).get(i),
                        "presence in cell " + i);
                assertSameFigure(
                        competitor.get("publications"),
                        ((List<Object>) grid.get("competitorPublications").get(k)).get(i),
                        "publications in cell " + i);
            }
        }
        return balance;
    }

    private static void assertSameFigure(Object inCell, Object inGrid, String what) {
        if (inCell instanceof Float exact && inGrid instanceof Float rounded) {
            assertEquals(exact, rounded, 5e-7, what);
        } else {
            assertEquals(inCell, inGrid, what);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(Map<String, Object> balance, String segment, String channel) {
        return ((List<Map<String, Object>>) balance.get("cells"))
                .stream()
                        .filter(c -> segment.equals(((Map<String, Object>) c.get("segment")).get("name"))
                                && channel.equals(((Map<String, Object>) c.get("channel")).get("name")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no cell " + segment + " × " + channel));
    }

    private static void assertCell(
            Map<String, Object> balance,
            String segment,
            String channel,
            double weight,
            double clientPresence,
            double competitorPressure,
            double gap,
            Double shareOfVoice,
            String urgency,
            int publications,
            int clientPublications) {
        Map<String, Object> cell = cell(balance, segment, channel);
        String at = segment + " × " + channel + ": ";
        assertClose(at + "w", weight, cell.get("weight"));
        assertClose(at + "P_client", clientPresence, cell.get("clientPresence"));
        assertClose(at + "C", competitorPressure, cell.get("competitorPressure"));
        assertClose(at + "g", gap, cell.get("gap"));
        if (shareOfVoice == null) {
            assertNull(cell.get("shareOfVoice"), at + "share of voice");
        } else {
            assertClose(at + "share of voice", shareOfVoice, cell.get("shareOfVoice"));
        }
        assertEquals(urgency, cell.get("urgency"), at + "urgency");
        assertEquals(publications, cell.get("publications"), at + "publications");
        assertEquals(clientPublications, cell.get("clientPublications"), at + "client publications");
    }

    @SuppressWarnings("unchecked")
    private static void assertCompetitors(
            Map<String, Object> balance,
            String segment,
            String channel,
            MediaWorkspace ws,
            Map<String, Double> presenceByBrand) {
        List<Map<String, Object>> competitors =
                (List<Map<String, Object>>) cell(balance, segment, channel).get("competitors");
        assertEquals(presenceByBrand.size(), competitors.size());
        presenceByBrand.forEach((brand, presence) -> {
            Map<String, Object> found = competitors.stream()
                    .filter(c -> ws.brands().get(brand).equals(c.get("brandId")))
                    .findFirst()
                    .orElse(null);
            assertNotNull(found, brand + " missing");
            assertClose(brand + " presence", presence, found.get("presence"));
        });
    }

    @SuppressWarnings("unchecked")
    private static void assertRollup(
            Map<String, Object> balance,
            String list,
            String axis,
            String name,
            String mostUrgent,
            double totalGap,
            int urgentCells) {
        Map<String, Object> rollup = ((List<Map<String, Object>>) balance.get(list))
                .stream()
                        .filter(r -> name.equals(((Map<String, Object>) r.get(axis)).get("name")))
                        .findFirst()
                        .orElseThrow();
        assertEquals(mostUrgent, rollup.get("mostUrgent"), name);
        assertClose(name + " total gap", totalGap, rollup.get("totalGap"));
        assertEquals(urgentCells, rollup.get("urgentCells"), name);
    }

    private static void assertClose(String what, double expected, Object actual) {
        assertEquals(expected, ((Number) actual).doubleValue(), E, what);
    }
}
