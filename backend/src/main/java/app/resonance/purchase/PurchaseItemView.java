package app.resonance.purchase;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("PurchaseItem")
public record PurchaseItemView(
        @NonNull String product, @NonNull String category, int quantity) {}
