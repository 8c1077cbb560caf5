package app.resonance.supplier;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SupplierComparison")
@Description("One supplier of a side-by-side comparison: its scores, quotes and whole history.")
public record SupplierComparisonView(
        @NonNull SupplierView supplier,
        @NonNull SupplierScoreView score,
        @NonNull List<@NonNull SupplierQuoteView> quotes,
        @NonNull @Description("Newest first.") List<@NonNull SupplierEngagementView> engagements) {}
