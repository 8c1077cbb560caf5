package app.resonance.brand;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.NamedRowEditor;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowReader;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BrandService {

    private final BrandRepository brands;
    private final WorkspaceAccess access;
    private final NamedRowEditor<Brand, BrandInput> editor;

    BrandService(BrandRepository brands, WorkspaceAccess access) {
        this.brands = brands;
        this.access = access;
        this.editor = new NamedRowEditor<>(brands, Brand::new, BrandInput::name);
    }

    public Uni<List<BrandView>> list(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> brands.views(ws, null));
    }

    public Uni<BrandView> create(String workspaceId, BrandInput input) {
        return access.inTransaction(
                        workspaceId,
                        WorkspacePermission.WRITE,
                        ws -> requireOneClient(ws, input, null).chain(() -> editor.create(ws, input)))
                .map(BrandView::of);
    }

    public Uni<BrandView> update(String workspaceId, String id, BrandInput input) {
        return access.inTransaction(
                        workspaceId,
                        WorkspacePermission.WRITE,
                        ws -> requireOneClient(ws, input, Ids.parse("id", id))
                                .chain(() -> editor.update(ws, id, input)))
                .map(BrandView::of);
    }

    /** Deletes a brand without publications. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return access.inTransaction(workspaceId, WorkspacePermission.WRITE, ws -> editor.delete(ws, id))
                .onFailure(DatabaseErrors::isStillReferenced)
                .transform(referenced -> new InvalidInput(
                        "id", Reason.HAS_PUBLICATIONS, "the brand has publications; delete them first"));
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

    private Uni<Void> requireOneClient(UUID workspaceId, BrandInput input, UUID except) {
        if (input.kind() != BrandKind.CLIENT) {
            return Uni.createFrom().voidItem();
        }
        return brands.clientOf(workspaceId).map(client -> {
            if (client != null && !client.id.equals(except)) {
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
