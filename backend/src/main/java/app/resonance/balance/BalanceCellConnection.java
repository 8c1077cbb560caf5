package app.resonance.balance;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.PageInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of ranked cells; the ranking is computed per request, so the cursor is a position in it. */
@Description("A page of cells ranked by gap (Relay connection).")
public record BalanceCellConnection(
        @NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    @Name("BalanceCellEdge")
    public record Edge(@NonNull String cursor, @NonNull BalanceCell node) {}

    static BalanceCellConnection page(List<BalanceCell> ranked, int offset, int size) {
        List<BalanceCell> slice =
                ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + size, ranked.size()));
        List<Edge> edges = new ArrayList<>(slice.size());
        for (int i = 0; i < slice.size(); i++) {
            edges.add(new Edge(cursor(offset + i + 1), slice.get(i)));
        }
        boolean more = offset + size < ranked.size();
        return new BalanceCellConnection(
                edges,
                new PageInfo(
                        more,
                        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                ranked.size());
    }

    /** How many ranked cells come before the page that follows {@code after}. */
    static int offsetAfter(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (text.startsWith("rank:")) {
                return Math.max(0, Integer.parseInt(text.substring(5)));
            }
        } catch (IllegalArgumentException e) {
            // Reported below like any other foreign token.
        }
        throw new InvalidInput("after", Reason.INVALID_CURSOR, "is not a cursor of this list");
    }

    private static String cursor(int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("rank:" + position).getBytes(StandardCharsets.UTF_8));
    }
}
