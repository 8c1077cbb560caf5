package app.resonance.balance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The default media-balance model, version {@value #VERSION}, as documented in docs/media-balance.md:
 * one cell from the window's sums of the brands in view.
 */
final class MediaBalanceModel {

    static final int VERSION = 1;

    private MediaBalanceModel() {}

    /**
     * @param client the client brand, or null when the workspace has none yet
     * @param competitors the competitor brands in view
     * @param sums what each brand published in the cell (brands without publications may be missing)
     */
    static BalanceCell cell(
            UUID workspaceId,
            UUID segmentId,
            UUID channelId,
            double reactionWeight,
            double weight,
            UUID client,
            List<UUID> competitors,
            Map<UUID, BrandSums> sums,
            BalanceSettings settings) {
        BrandSums clientSums = client == null ? BrandSums.NONE : sums.getOrDefault(client, BrandSums.NONE);
        double clientPresence = weight * clientSums.tone();
        List<BrandPresence> competitorPresence = new ArrayList<>(competitors.size());
        double pressure = competitors.isEmpty() ? 0 : Double.NEGATIVE_INFINITY;
        double impact = clientSums.impact();
        int publications = clientSums.publications();
        for (UUID competitor : competitors) {
            BrandSums s = sums.getOrDefault(competitor, BrandSums.NONE);
            double presence = weight * s.tone();
            competitorPresence.add(new BrandPresence(competitor, presence, s.publications()));
            pressure = Math.max(pressure, presence);
            impact += s.impact();
            publications += s.publications();
        }
        competitorPresence.sort(
                Comparator.comparingDouble(BrandPresence::presence).reversed());
        // Rounded, so that sums of many small floats land on a threshold where the arithmetic by hand does.
        double gap = Math.round(reactionWeight * (pressure - clientPresence) * 1e9) / 1e9;
        Double shareOfVoice = impact > 0 ? clientSums.impact() / impact : null;
        return new BalanceCell(
                workspaceId,
                segmentId,
                channelId,
                weight,
                clientPresence,
                competitorPresence,
                pressure,
                gap,
                shareOfVoice,
                settings.urgencyOf(gap),
                publications,
                clientSums.publications());
    }
}
