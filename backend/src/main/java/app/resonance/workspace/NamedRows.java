package app.resonance.workspace;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.common.persistence.NamedInput;
import app.resonance.common.persistence.WorkspaceOwnedRow;
import app.resonance.common.persistence.WorkspaceScopedRepository;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * List, create, update and delete of a named row that a workspace owns, behind the workspace gate: a
 * read needs READ; a write needs WRITE and runs in one transaction. Names are unique per workspace
 * (case-insensitive; a race past the check is a {@code DUPLICATE} as well) and rows of other
 * workspaces are unknown. A feature's service holds one and adds only its own rules.
 *
 * @param <E> the entity, e.g. {@code Segment}
 * @param <I> the input a write takes
 * @param <V> what the API shows of a row
 */
public final class NamedRows<E extends WorkspaceOwnedRow<I>, I extends NamedInput, V> {

    /** A feature's own rule on a write, checked in its transaction; {@code id} is null on create. */
    @FunctionalInterface
    public interface WriteRule<I> {
        Uni<Void> check(UUID workspaceId, I input, UUID id);
    }

    private final WorkspaceAccess access;
    private final WorkspaceScopedRepository<E, V> repository;
    private final Function<UUID, E> newRow;
    private final Function<E, V> view;
    private final WriteRule<I> rule;
    private final WriteRule<I> nameCheck;
    private final Supplier<InvalidInput> stillReferenced;

    public NamedRows(
            WorkspaceAccess access,
            WorkspaceScopedRepository<E, V> repository,
            Function<UUID, E> newRow,
            Function<E, V> view) {
        this(
                access,
                repository,
                newRow,
                view,
                (workspaceId, input, id) -> Uni.createFrom().voidItem(),
                (workspaceId, input, id) -> repository.requireFreeName(workspaceId, input.name(), id),
                null);
    }

    private NamedRows(
            WorkspaceAccess access,
            WorkspaceScopedRepository<E, V> repository,
            Function<UUID, E> newRow,
            Function<E, V> view,
            WriteRule<I> rule,
            WriteRule<I> nameCheck,
            Supplier<InvalidInput> stillReferenced) {
        this.access = access;
        this.repository = repository;
        this.newRow = newRow;
        this.view = view;
        this.rule = rule;
        this.nameCheck = nameCheck;
        this.stillReferenced = stillReferenced;
    }

    /** The same rows with the feature's own rule checked on create and update. */
    public NamedRows<E, I, V> withRule(WriteRule<I> featureRule) {
        return new NamedRows<>(access, repository, newRow, view, featureRule, nameCheck, stillReferenced);
    }

    /**
     * The same rows with names unique within a narrower scope than the workspace (e.g. per kind of
     * record), checked by {@code check} instead; it fails with a {@code DUPLICATE} on {@code name}.
     */
    public NamedRows<E, I, V> withNameCheck(WriteRule<I> check) {
        return new NamedRows<>(access, repository, newRow, view, rule, check, stillReferenced);
    }

    /**
     * The same rows, where deleting one that other rows still reference (a foreign key without cascade)
     * answers this error on {@code id} instead of deleting.
     */
    public NamedRows<E, I, V> refusingDeleteWhileReferenced(Reason reason, String message) {
        return new NamedRows<>(
                access, repository, newRow, view, rule, nameCheck, () -> new InvalidInput("id", reason, message));
    }

    /** The workspace's rows by name. */
    public Uni<List<V>> list(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> repository.views(ws, null));
    }

    public Uni<V> create(String workspaceId, I input) {
        return access.inTransaction(
                        workspaceId,
                        WorkspacePermission.WRITE,
                        ws -> rule.check(ws, input, null)
                                .chain(() -> nameCheck.check(ws, input, null))
                                .chain(() -> {
                                    E row = newRow.apply(ws);
                                    row.apply(input);
                                    return repository.persist(row);
                                }))
                .map(view);
    }

    public Uni<V> update(String workspaceId, String id, I input) {
        return access.inTransaction(workspaceId, WorkspacePermission.WRITE, ws -> {
                    UUID rowId = Ids.parse("id", id);
                    return repository
                            .require(ws, rowId, "id")
                            .call(() -> rule.check(ws, input, rowId))
                            .call(() -> nameCheck.check(ws, input, rowId))
                            .invoke(row -> row.apply(input));
                })
                .map(view);
    }

    /** Deletes the row (with what cascades from it); answers its id. */
    public Uni<UUID> delete(String workspaceId, String id) {
        return access.inTransaction(
                        workspaceId,
                        WorkspacePermission.WRITE,
                        ws -> repository.deleteIn(ws, Ids.parse("id", id), "id").map(row -> row.id))
                .onFailure(failure -> stillReferenced != null && DatabaseErrors.isStillReferenced(failure))
                .transform(referenced -> stillReferenced.get());
    }
}
