package app.resonance.common.persistence;

import app.resonance.common.error.Ids;
import io.smallrye.mutiny.Uni;
import java.util.UUID;
import java.util.function.Function;

/**
 * Create, update and delete of a named, workspace-owned row, with the rules they share: names
 * are unique per workspace (case-insensitive) and ids of other workspaces are unknown. Callers
 * run these inside a transaction, after checking the caller's access to the workspace.
 */
public final class NamedRowEditor<E extends WorkspaceOwnedRow<I>, I> {

    private final WorkspaceScopedRepository<E> repository;
    private final Function<UUID, E> newRow;
    private final Function<I, String> name;

    public NamedRowEditor(WorkspaceScopedRepository<E> repository, Function<UUID, E> newRow, Function<I, String> name) {
        this.repository = repository;
        this.newRow = newRow;
        this.name = name;
    }

    public Uni<E> create(UUID workspaceId, I input) {
        return repository.requireFreeName(workspaceId, name.apply(input), null).chain(() -> {
            E row = newRow.apply(workspaceId);
            row.apply(input);
            return repository.persist(row);
        });
    }

    public Uni<E> update(UUID workspaceId, String id, I input) {
        return Uni.createFrom()
                .item(() -> Ids.parse("id", id))
                .chain(rowId -> repository.require(workspaceId, rowId, "id"))
                .call(row -> repository.requireFreeName(workspaceId, name.apply(input), row.id))
                .invoke(row -> row.apply(input));
    }

    public Uni<UUID> delete(UUID workspaceId, String id) {
        return Uni.createFrom()
                .item(() -> Ids.parse("id", id))
                .chain(rowId -> repository.deleteIn(workspaceId, rowId, "id"))
                .map(row -> row.id);
    }
}
