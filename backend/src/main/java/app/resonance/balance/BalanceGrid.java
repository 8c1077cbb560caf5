package app.resonance.balance;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The matrix as columns of a row-major table: item i is the cell of row i ÷ (number of channels) in the"
        + " order of `segments` and column i mod (number of channels) in the order of `channels`. The same figures as"
        + " `cells`, rounded to six decimal places, a fraction of the size, for heatmaps.")
public record BalanceGrid(
        @NonNull List<@NonNull Urgency> urgency,
        @NonNull List<@NonNull Double> gap,
        @NonNull List<@NonNull Double> clientPresence,
        @NonNull List<@NonNull Double> competitorPressure,
        @NonNull List<Double> shareOfVoice,
        @NonNull List<@NonNull Integer> publications) {

    static BalanceGrid of(List<BalanceCell> cells) {
        int n = cells.size();
        List<Urgency> urgency = new ArrayList<>(n);
        List<Double> gap = new ArrayList<>(n);
        List<Double> clientPresence = new ArrayList<>(n);
        List<Double> competitorPressure = new ArrayList<>(n);
        List<Double> shareOfVoice = new ArrayList<>(n);
        List<Integer> publications = new ArrayList<>(n);
        for (BalanceCell cell : cells) {
            urgency.add(cell.urgency());
            gap.add(rounded(cell.gap()));
            clientPresence.add(rounded(cell.clientPresence()));
            competitorPressure.add(rounded(cell.competitorPressure()));
            shareOfVoice.add(cell.shareOfVoice() == null ? null : rounded(cell.shareOfVoice()));
            publications.add(cell.publications());
        }
        return new BalanceGrid(urgency, gap, clientPresence, competitorPressure, shareOfVoice, publications);
    }

    /** Six decimals are plenty for a heatmap, and short numbers are what makes the JSON output cheap. */
    private static double rounded(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
