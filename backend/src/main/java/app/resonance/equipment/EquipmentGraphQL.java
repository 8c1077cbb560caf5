package app.resonance.equipment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class EquipmentGraphQL {

    private final EquipmentService service;

    EquipmentGraphQL(EquipmentService service) {
        this.service = service;
    }

    @Query("equipment")
    @Description("A page of the equipment a company or a contact (exactly one of the two) owns, the latest purchase"
            + " first and equipment without a purchase date last (Relay connection): first ≤ 500, default 50.")
    public Uni<@NonNull EquipmentConnection> equipment(
            @Id @NonNull String workspaceId, @Id String companyId, @Id String contactId, Integer first, String after) {
        return service.page(workspaceId, companyId, contactId, first, after);
    }

    @Mutation("createEquipment")
    public Uni<@NonNull EquipmentView> createEquipment(
            @Id @NonNull String workspaceId, @NonNull @Valid EquipmentInput input) {
        return service.create(workspaceId, input);
    }

    @Mutation("updateEquipment")
    @Description("Replaces every field of the equipment, its owner too.")
    public Uni<@NonNull EquipmentView> updateEquipment(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull @Valid EquipmentInput input) {
        return service.update(workspaceId, id, input);
    }

    @Mutation("deleteEquipment")
    @Description("Deletes the equipment; answers its id.")
    @Id
    public Uni<@NonNull String> deleteEquipment(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.delete(workspaceId, id).map(Object::toString);
    }
}
