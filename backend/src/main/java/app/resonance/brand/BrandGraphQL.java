package app.resonance.brand;

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
public class BrandGraphQL {

    private final BrandService service;

    BrandGraphQL(BrandService service) {
        this.service = service;
    }

    @Query("brands")
    @Description("The client and its competitors, by name.")
    public Uni<@NonNull List<@NonNull BrandView>> brands(@Id @NonNull String workspaceId) {
        return service.rows().list(workspaceId);
    }

    @Mutation("createBrand")
    public Uni<@NonNull BrandView> createBrand(@Id @NonNull String workspaceId, @NonNull @Valid BrandInput input) {
        return service.rows().create(workspaceId, input);
    }

    @Mutation("updateBrand")
    public Uni<@NonNull BrandView> updateBrand(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid BrandInput input) {
        return service.rows().update(workspaceId, id, input);
    }

    @Mutation("deleteBrand")
    @Description("Deletes a brand that has no publications; answers its id.")
    @Id
    public Uni<@NonNull String> deleteBrand(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.rows().delete(workspaceId, id).map(Object::toString);
    }
}
