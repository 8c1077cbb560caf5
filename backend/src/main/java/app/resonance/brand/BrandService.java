package app.resonance.brand;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowReader;
import app.resonance.workspace.NamedRows;
import app.resonance.workspace.WorkspaceAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BrandService {

    private final BrandRepository brands;
    private final NamedRows<Brand, BrandInput, BrandView> rows;

    BrandService(BrandRepository brands, WorkspaceAccess access) {
        this.brands = brands;
        this.rows = new NamedRows<>(access, brands, Brand::new, BrandView::of)
                .withRule(this::requireOneClient)
                .refusingDeleteWhileReferenced(
                        Reason.HAS_PUBLICATIONS, "the brand has publications; delete them first");
    }

    /** List, create, update and delete; one client brand at most; only a brand without publications is deleted. */
    public NamedRows<Brand, BrandInput, BrandView> rows() {
        return rows;
    }

    /**
     * An import of brands (matched by name) into a workspace the caller was let into to write (an import runs
     * later, on any instance, without the caller).
     */
    public Uni<RowImport> importer(UUID ws) {
        return brands.views(ws, null)
                .map(existing -> new BrandImport(
                        ws,
                        RowReader.idsByName(existing, BrandView::name, BrandView::id),
                        existing.stream()
                                .filter(brand -> brand.kind() == BrandKind.CLIENT)
                                .map(BrandView::name)
                                .findFirst()
                                .orElse(null),
                        brands));
    }

    /** Brands of a workspace the caller has already been let into, by id (batched GraphQL resolution). */
    public Uni<List<BrandView>> views(UUID workspaceId, Collection<UUID> ids) {
        return brands.views(workspaceId, ids);
    }

    private Uni<Void> requireOneClient(UUID workspaceId, BrandInput input, UUID id) {
        if (input.kind() != BrandKind.CLIENT) {
            return Uni.createFrom().voidItem();
        }
        return brands.clientOf(workspaceId).map(client -> {
            if (client != null && !client.id.equals(id)) {
                throw secondClient();
            }
            return null;
        });
    }

    private static InvalidInput secondClient() {
        return new Duplicate(
                "kind",
                Reason.SECOND_CLIENT_BRAND,
                null,
                "the workspace already has a client brand; make it a competitor first");
    }
}
