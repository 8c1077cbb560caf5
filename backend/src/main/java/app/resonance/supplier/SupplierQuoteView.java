package app.resonance.supplier;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SupplierQuote")
public record SupplierQuoteView(
        @Id @NonNull UUID supplierId,
        @NonNull BudgetCategory service,
        @NonNull BigDecimal amount,
        @NonNull String note,
        @NonNull OffsetDateTime updatedAt) {}
