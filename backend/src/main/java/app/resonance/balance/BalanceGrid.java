package app.resonance.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The matrix as columns of a row-major table: item i is the cell of row i ÷ (number of channels) in the"
        + " order of `segments` and column i mod (number of channels) in the order of `channels`. The same figures as"
        + " `cells`, rounded to six decimal places, a fraction of the size, for heatmaps.")
public record BalanceGrid(
        @NonNull List<@NonNull Urgency> urgency,
        @NonNull List<@NonNull Double> gap,
        @NonNull List<@NonNull Double> weight,
        @NonNull List<@NonNull Double> clientPresence,
        @NonNull List<@NonNull Double> competitorPressure,
        @NonNull List<Double> shareOfVoice,
        @NonNull List<@NonNull Integer> publications,
        @NonNull List<@NonNull Integer> clientPublications,

        @Description("The competitors in view: the order of `competitorPresence` and `competitorPublications`")
        @Id
        @NonNull
        List<@NonNull UUID> competitorIds,

        @Description("P_b per cell, one column per competitor of `competitorIds`") @NonNull
        List<@NonNull List<@NonNull Double>> competitorPresence,

        @Description("Publications per cell, one column per competitor of `competitorIds`") @NonNull
        List<@NonNull List<@NonNull Integer>> competitorPublications) {

    static BalanceGrid of(List<BalanceCell> cells, List<UUID> competitorIds) {
        int n = cells.size();
        BalanceGrid grid = new BalanceGrid(
                new ArrayList<>(n),
                new ArrayList<>(n),
                new ArrayList<>(n),
                new ArrayList<>(n),
                new ArrayList<>(n),
                new ArrayList<>(n),
                new ArrayList<>(n),
                new ArrayList<>(n),
                competitorIds,
                new ArrayList<>(),
                new ArrayList<>());
        for (int k = 0; k < competitorIds.size(); k++) {
            grid.competitorPresence.add(new ArrayList<>(n));
            grid.competitorPublications.add(new ArrayList<>(n));
        }
        for (BalanceCell cell : cells) {
            grid.urgency.add(cell.urgency());
            grid.gap.add(rounded(cell.gap()));
            grid.weight.add(rounded(cell.weight()));
            grid.clientPresence.add(rounded(cell.clientPresence()));
            grid.competitorPressure.add(rounded(cell.competitorPressure()));
            grid.shareOfVoice.add(cell.shareOfVoice() == null ? null : rounded(cell.shareOfVoice()));
            grid.publications.add(cell.publications());
            grid.clientPublications.add(cell.clientPublications());
            for (BrandPresence competitor : cell.competitors()) {
                int k = competitorIds.indexOf(competitor.brandId());
                grid.competitorPresence.get(k).add(rounded(competitor.presence()));
                grid.competitorPublications.get(k).add(competitor.publications());
            }
        }
        return grid;
    }

    /** Six decimals are plenty for a heatmap, and short numbers are what makes the JSON output cheap. */
    private static double rounded(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
