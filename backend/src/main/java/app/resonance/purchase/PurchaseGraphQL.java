package app.resonance.purchase;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class PurchaseGraphQL {

    private final PurchaseService service;

    PurchaseGraphQL(PurchaseService service) {
        this.service = service;
    }

    @Query("purchases")
    @Description("A page of the workspace's purchases, of the company and/or the contact when given, the latest"
            + " first (Relay connection): first ≤ 500, default 50.")
    public Uni<@NonNull PurchaseConnection> purchases(
            @Id @NonNull String workspaceId, @Id String companyId, @Id String contactId, Integer first, String after) {
        return service.page(workspaceId, companyId, contactId, first, after);
    }

    @NonNull
    @Description("What was bought, in the order given.")
    public Uni<List<@NonNull List<@NonNull PurchaseItemView>>> items(@Source List<PurchaseView> purchases) {
        return service.items(purchases)
                .map(byPurchase -> purchases.stream()
                        .map(purchase -> byPurchase.getOrDefault(purchase.id(), List.of()))
                        .toList());
    }

    @Mutation("createPurchase")
    public Uni<@NonNull PurchaseView> createPurchase(
            @Id @NonNull String workspaceId, @NonNull @Valid PurchaseInput input) {
        return service.create(workspaceId, input);
    }

    @Mutation("updatePurchase")
    @Description("Replaces the purchase with all its items.")
    public Uni<@NonNull PurchaseView> updatePurchase(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid PurchaseInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("deletePurchase")
    @Description("Deletes the purchase with its items; answers its id.")
    @Id
    public Uni<@NonNull String> deletePurchase(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }
}
