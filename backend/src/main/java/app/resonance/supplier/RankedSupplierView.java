package app.resonance.supplier;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("RankedSupplier")
@Description("A supplier within the budget, with the reasons for its place.")
public record RankedSupplierView(
        @Description("1 for the best.") int rank,
        @NonNull SupplierView supplier,

        @NonNull @Description("What the supplier asks for the service.")
        BigDecimal quote,

        @NonNull @Description("The amount left after the quote.")
        BigDecimal headroom,

        @NonNull SupplierScoreView score) {}
