package app.resonance.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/media-balance.md on one cell, without the database: presence, competitor
 * pressure, gap, urgency, share of voice and the counts. The sums are a brand's publications,
 * Σ a(p, s) and Σ a(p, s) × m(p, s) in the cell.
 */
class MediaBalanceModelTest {

    private static final double E = 1e-12;
    private static final UUID WORKSPACE = UUID.randomUUID();
    private static final UUID SEGMENT = UUID.randomUUID();
    private static final UUID CHANNEL = UUID.randomUUID();
    private static final UUID CLIENT = UUID.randomUUID();
    private static final UUID CONTOSO = UUID.randomUUID();
    private static final UUID FABRIKAM = UUID.randomUUID();
    private static final BalanceSettings DEFAULTS = BalanceSettings.DEFAULTS;

    private static BrandSums sums(UUID brand, int publications, double impact, double tone) {
        return new BrandSums(brand, publications, impact, tone);
    }

    private static BalanceCell cell(
            double reactionWeight,
            double weight,
            UUID client,
            List<UUID> competitors,
            Map<UUID, BrandSums> sums,
            BalanceSettings settings) {
        return MediaBalanceModel.cell(
                WORKSPACE, SEGMENT, CHANNEL, reactionWeight, weight, client, competitors, sums, settings);
    }

    /** CIOs × CIO Daily of MediaBalanceTest's fixture: w 0.8, r 0.9. */
    private static BalanceCell ciosInCioDaily(List<UUID> competitors) {
        return cell(
                0.9,
                0.8,
                CLIENT,
                competitors,
                Map.of(
                        CLIENT, sums(CLIENT, 1, 0.5, 0.5),
                        CONTOSO, sums(CONTOSO, 4, 3.4, 3.4),
                        FABRIKAM, sums(FABRIKAM, 1, 0.9, 0.45)),
                DEFAULTS);
    }

    @Test
    void aBrandsPresenceIsTheChannelWeightTimesItsToneSum() {
        BalanceCell cell = ciosInCioDaily(List.of(CONTOSO, FABRIKAM));

        assertEquals(0.8 * 0.5, cell.clientPresence(), E);
        assertEquals(0.8 * 3.4, cell.competitors().get(0).presence(), E);
        assertEquals(0.8 * 0.45, cell.competitors().get(1).presence(), E);
        assertEquals(0.8, cell.weight(), E);
    }

    @Test
    void competitorsAreListedStrongestFirstAndTheStrongestIsThePressure() {
        BalanceCell cell = ciosInCioDaily(List.of(FABRIKAM, CONTOSO));

        assertEquals(
                List.of(CONTOSO, FABRIKAM),
                cell.competitors().stream().map(BrandPresence::brandId).toList());
        assertEquals(
                List.of(4, 1),
                cell.competitors().stream().map(BrandPresence::publications).toList());
        assertEquals(2.72, cell.competitorPressure(), E);
    }

    @Test
    void theGapIsTheReactionWeightTimesPressureMinusClientPresence() {
        BalanceCell cell = ciosInCioDaily(List.of(CONTOSO, FABRIKAM));

        // 0.9 × (2.72 − 0.4)
        assertEquals(2.088, cell.gap(), E);
        assertEquals(Urgency.IMMEDIATE, cell.urgency());
    }

    @Test
    void aCompetitorWithoutPublicationsInTheCellPressesWithZero() {
        // Contoso is negative here (P = −0.1); Fabrikam has nothing in the cell and counts with 0.
        BalanceCell cell = cell(
                0.9, 0.5, CLIENT, List.of(CONTOSO, FABRIKAM), Map.of(CONTOSO, sums(CONTOSO, 1, 0.2, -0.2)), DEFAULTS);

        assertEquals(0, cell.competitorPressure(), E);
        assertEquals(0, cell.gap(), E);
        assertEquals(Urgency.NONE, cell.urgency());
        assertEquals(
                List.of(FABRIKAM, CONTOSO),
                cell.competitors().stream().map(BrandPresence::brandId).toList());
    }

    @Test
    void competitorsThatAreAllNegativePressWithTheLeastNegative() {
        BalanceCell cell = cell(
                1,
                1,
                CLIENT,
                List.of(CONTOSO, FABRIKAM),
                Map.of(
                        CLIENT, sums(CLIENT, 1, 0.5, -0.5),
                        CONTOSO, sums(CONTOSO, 1, 0.2, -0.2),
                        FABRIKAM, sums(FABRIKAM, 1, 0.6, -0.6)),
                DEFAULTS);

        assertEquals(-0.2, cell.competitorPressure(), E);
        // 1 × (−0.2 − (−0.5)): the client is further behind than its competitors.
        assertEquals(0.3, cell.gap(), E);
        assertEquals(Urgency.SECONDARY, cell.urgency());
    }

    @Test
    void withoutCompetitorsInViewThePressureIsZeroAndOnlyTheClientCounts() {
        BalanceCell cell = cell(
                0.5,
                1,
                CLIENT,
                List.of(),
                Map.of(CLIENT, sums(CLIENT, 2, 1.0, 0.8), CONTOSO, sums(CONTOSO, 3, 3.0, 3.0)),
                DEFAULTS);

        assertEquals(0, cell.competitorPressure(), E);
        assertEquals(-0.4, cell.gap(), E);
        assertEquals(Urgency.NONE, cell.urgency());
        assertEquals(List.of(), cell.competitors());
        assertEquals(1.0, cell.shareOfVoice(), E);
        assertEquals(2, cell.publications());
    }

    @Test
    void competitorsOutOfViewCountNeitherInPressureNorInShareOfVoice() {
        // The "client vs Fabrikam" view of the fixture's cell: C = 0.36, share 0.5 ÷ (0.5 + 0.9).
        BalanceCell cell = ciosInCioDaily(List.of(FABRIKAM));

        assertEquals(0.36, cell.competitorPressure(), E);
        assertEquals(-0.036, cell.gap(), E);
        assertEquals(0.5 / 1.4, cell.shareOfVoice(), E);
        assertEquals(2, cell.publications());
        assertEquals(Urgency.NONE, cell.urgency());
    }

    @Test
    void shareOfVoiceIsTheClientsImpactAmongAllBrandsInView() {
        BalanceCell cell = ciosInCioDaily(List.of(CONTOSO, FABRIKAM));

        assertEquals(0.5 / 4.8, cell.shareOfVoice(), E);
        assertEquals(6, cell.publications());
        assertEquals(1, cell.clientPublications());
    }

    @Test
    void aCellWithoutPublicationsHasNoShareOfVoice() {
        BalanceCell cell = cell(0.9, 0.8, CLIENT, List.of(CONTOSO), Map.of(), DEFAULTS);

        assertNull(cell.shareOfVoice());
        assertEquals(0, cell.publications());
        assertEquals(Urgency.NONE, cell.urgency());
    }

    @Test
    void aWorkspaceWithoutAClientBrandHasNoClientPresence() {
        BalanceCell cell = cell(1, 0.5, null, List.of(CONTOSO), Map.of(CONTOSO, sums(CONTOSO, 2, 2.0, 2.0)), DEFAULTS);

        assertEquals(0, cell.clientPresence(), E);
        assertEquals(1.0, cell.gap(), E);
        assertEquals(0.0, cell.shareOfVoice(), E);
        assertEquals(0, cell.clientPublications());
        assertEquals(2, cell.publications());
    }

    @Test
    void aChannelWithoutWeightGivesEveryBrandZeroPresenceButItsPublicationsCount() {
        BalanceCell cell = cell(
                0.5,
                0,
                CLIENT,
                List.of(CONTOSO),
                Map.of(CLIENT, sums(CLIENT, 1, 0.5, 0.5), CONTOSO, sums(CONTOSO, 1, 1.0, 1.0)),
                DEFAULTS);

        assertEquals(0, cell.clientPresence(), E);
        assertEquals(0, cell.competitorPressure(), E);
        assertEquals(0, cell.gap(), E);
        assertEquals(2, cell.publications());
        assertEquals(0.5 / 1.5, cell.shareOfVoice(), E);
    }

    @Test
    void urgencyFollowsTheWorkspacesThresholds() {
        BalanceSettings settings = new BalanceSettings(0.6, 0.3, 0.1, 30, true);
        Map<Double, Urgency> byGap = Map.of(
                0.09,
                Urgency.NONE,
                0.72,
                Urgency.IMMEDIATE,
                0.6,
                Urgency.IMMEDIATE,
                0.5,
                Urgency.MODERATE,
                0.3,
                Urgency.MODERATE,
                0.1,
                Urgency.SECONDARY,
                0.0,
                Urgency.NONE,
                -0.2,
                Urgency.NONE);
        byGap.forEach((gap, urgency) -> {
            BalanceCell cell =
                    cell(1, 1, CLIENT, List.of(CONTOSO), Map.of(CONTOSO, sums(CONTOSO, 1, 1, gap)), settings);
            assertEquals(urgency, cell.urgency(), "g = " + gap);
        });
    }

    @Test
    void withTheSmallestGapAtZeroEveryPositiveGapIsSecondary() {
        BalanceSettings settings = new BalanceSettings(0.6, 0.3, 0, 30, true);
        assertEquals(Urgency.SECONDARY, settings.urgencyOf(1e-9));
        assertEquals(Urgency.NONE, settings.urgencyOf(0));
    }

    @Test
    void aGapOnAThresholdByHandIsOnItDespiteFloatingPointSums() {
        // 0.7 − 0.4 is 0.29999999999999993 in doubles; by hand it is 0.3, the moderate threshold.
        BalanceCell cell = cell(
                1,
                1,
                CLIENT,
                List.of(CONTOSO),
                Map.of(CLIENT, sums(CLIENT, 1, 0.4, 0.4), CONTOSO, sums(CONTOSO, 1, 0.7, 0.7)),
                new BalanceSettings(0.6, 0.3, 0.25, 30, true));

        assertEquals(0.3, cell.gap());
        assertEquals(Urgency.MODERATE, cell.urgency());
    }
}
