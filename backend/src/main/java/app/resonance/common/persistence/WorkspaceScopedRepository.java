package app.resonance.common.persistence;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The storage of a named, workspace-owned entity {@code E} (with the fields {@code id}, {@code
 * workspaceId} and {@code name}) shown by the API as {@code V}. The Panache side serves write
 * transactions; {@link #views} reads through the reactive pool instead, since GraphQL resolves fields
 * concurrently and a session must not be shared. Each query is scoped by workspace, so a row of
 * another tenant is never found, only "unknown".
 */
public interface WorkspaceScopedRepository<E, V> extends PanacheRepositoryBase<E, UUID> {

    /** What the entity is called in error messages, e.g. "segment". */
    String noun();

    /** The workspace's rows by name, or only those with the given ids (all when {@code ids} is null). */
    Uni<List<V>> views(UUID workspaceId, Collection<UUID> ids);

    /** The entity, or an error on {@code argument} when the workspace has no such row. */
    default Uni<E> require(UUID workspaceId, UUID id, String argument) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id)
                .firstResult()
                .onItem()
                .ifNull()
                .failWith(
                        () -> new InvalidInput(argument, Reason.NOT_FOUND, "no such " + noun() + " in this workspace"));
    }

    /** Fails on the field {@code name} when another row of the workspace has the name. */
    default Uni<Void> requireFreeName(UUID workspaceId, String name, UUID except) {
        return count(
                        "workspaceId = ?1 and lower(name) = lower(?2) and id <> ?3",
                        workspaceId,
                        name.strip(),
                        except == null ? new UUID(0, 0) : except)
                .map(taken -> {
                    if (taken > 0) {
                        throw new Duplicate(
                                "name",
                                Reason.NAME_TAKEN,
                                name.strip(),
                                "another " + noun() + " of this workspace is called " + name.strip());
                    }
                    return null;
                });
    }

    default Uni<E> deleteIn(UUID workspaceId, UUID id, String argument) {
        return require(workspaceId, id, argument).call(this::delete);
    }
}
