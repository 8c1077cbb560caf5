package app.resonance.supplier;

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

@GraphQLApi
@Authenticated
public class SupplierGraphQL {

    private final SupplierService service;

    SupplierGraphQL(SupplierService service) {
        this.service = service;
    }

    @Query("suppliers")
    @Description("The workspace's suppliers of marketing services, by name.")
    public Uni<@NonNull List<@NonNull SupplierView>> suppliers(@Id @NonNull String workspaceId) {
        return service.rows().list(workspaceId);
    }

    @Mutation("createSupplier")
    public Uni<@NonNull SupplierView> createSupplier(
            @Id @NonNull String workspaceId, @NonNull @Valid SupplierInput input) {
        return service.rows().create(workspaceId, input);
    }

    @Mutation("updateSupplier")
    public Uni<@NonNull SupplierView> updateSupplier(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid SupplierInput input) {
        return service.rows().update(workspaceId, id, input);
    }

    @Mutation("deleteSupplier")
    @Description("Deletes the supplier; answers its id.")
    @Id
    public Uni<@NonNull String> deleteSupplier(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.rows().delete(workspaceId, id).map(Object::toString);
    }
}
