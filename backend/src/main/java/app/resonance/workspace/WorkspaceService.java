package app.resonance.workspace;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.identity.CurrentUser;
import app.resonance.identity.Role;
import app.resonance.workspace.WorkspaceChange.Kind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final WorkspaceAccess access;
    private final WorkspaceEvents events;
    private final CurrentUser currentUser;

    WorkspaceService(
            WorkspaceRepository workspaces,
            MembershipRepository memberships,
            WorkspaceAccess access,
            WorkspaceEvents events,
            CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.access = access;
        this.events = events;
        this.currentUser = currentUser;
    }

    public Uni<List<WorkspaceView>> mine() {
        return currentUser.username().chain(this::ofMember);
    }

    /** The workspaces the user belongs to. */
    public Uni<List<WorkspaceView>> ofMember(String username) {
        return workspaces.listOfMember(username);
    }

    public Uni<WorkspaceView> get(UUID id) {
        return access.checkedUsername(id, WorkspacePermission.READ).chain(() -> workspaces.view(id));
    }

    /** Members of the given workspaces, keyed by workspace; the caller has already read those workspaces. */
    public Uni<Map<UUID, List<MemberView>>> members(Collection<UUID> workspaceIds) {
        return memberships
                .ofWorkspaces(workspaceIds)
                .map(list -> list.stream()
                        .collect(Collectors.groupingBy(
                                MembershipRepository.MemberRow::workspaceId,
                                Collectors.mapping(MembershipRepository.MemberRow::member, Collectors.toList()))));
    }

    public Uni<WorkspaceView> create(WorkspaceInput input) {
        return currentUser
                .require(Role.ADMIN)
                .chain(actor -> Panache.withTransaction(() -> {
                            Workspace workspace = new Workspace(input.name().strip(), actor);
                            return workspaces
                                    .persist(workspace)
                                    .chain(() -> memberships.persist(new Membership(workspace.id, actor, actor)))
                                    .map(ignored -> workspace);
                        })
                        .invoke(workspace -> publish(Kind.CREATED, workspace, null, actor, Set.of(actor))))
                .map(WorkspaceView::of);
    }

    public Uni<WorkspaceView> rename(UUID id, WorkspaceInput input) {
        return change(id, Kind.RENAMED, null, (workspace, actor) -> {
            workspace.name = input.name().strip();
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<WorkspaceView> addMember(UUID id, String username) {
        return change(
                id,
                Kind.MEMBER_ADDED,
                username,
                (workspace, actor) -> memberships.isMember(id, username).chain(already -> {
                    if (already) {
                        throw new Duplicate(
                                "username", Reason.ALREADY_A_MEMBER, username, username + " is already a member");
                    }
                    return memberships
                            .persist(new Membership(id, username, actor))
                            .replaceWithVoid();
                }));
    }

    public Uni<WorkspaceView> removeMember(UUID id, String username) {
        return change(
                id,
                Kind.MEMBER_REMOVED,
                username,
                (workspace, actor) -> memberships.usernames(id).chain(members -> {
                    if (!members.contains(username)) {
                        throw new InvalidInput(
                                "username", Reason.NOT_A_MEMBER, username, username + " is not a member");
                    }
                    if (members.size() == 1) {
                        throw new InvalidInput(
                                "username",
                                Reason.LAST_MEMBER,
                                username,
                                username + " is the last member; a workspace keeps at least one");
                    }
                    return memberships.remove(id, username).replaceWithVoid();
                }));
    }

    /** Sets the currency of every budget in the workspace (admins who are members); an ISO 4217 code. */
    public Uni<WorkspaceView> setCurrency(String workspaceId, String currency) {
        return Panache.withTransaction(() -> access.check(workspaceId, WorkspacePermission.MANAGE)
                        .chain(id -> {
                            requireIsoCurrency(currency);
                            return workspaces.findById(id);
                        })
                        .invoke(workspace -> workspace.currency = currency))
                .map(WorkspaceView::of);
    }

    /** The workspaces' currencies, for features that show amounts of workspaces the caller was let into. */
    public Uni<Map<UUID, String>> currencies(Collection<UUID> workspaceIds) {
        return workspaces.currencies(workspaceIds);
    }

    private static void requireIsoCurrency(String code) {
        try {
            if (Currency.getInstance(code).getCurrencyCode().equals(code)) {
                return;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // reported below
        }
        throw new InvalidInput("currency", Reason.UNKNOWN_CURRENCY, code, "is not an ISO 4217 currency code");
    }

    /** Changes of the caller's workspaces, live, from now on. */
    public Multi<WorkspaceChange> changesForCaller() {
        return currentUser.username().onItem().transformToMulti(events::visibleTo);
    }

    /** Creates the named workspace with these members unless it exists; for demo data, without a caller. */
    public Uni<UUID> seed(String name, List<String> members) {
        return Panache.withTransaction(() -> workspaces.findByName(name).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing.id);
            }
            Workspace workspace = new Workspace(name, "demo");
            return workspaces
                    .persist(workspace)
                    .chain(() -> memberships.persist(
                            members.stream().map(member -> new Membership(workspace.id, member, "demo"))))
                    .replaceWith(workspace.id);
        }));
    }

    private interface Edit {
        Uni<Void> apply(Workspace workspace, String actor);
    }

    /**
     * A managed change of one workspace: applies the edit in one transaction, and tells the members
     * before and after the change once it is committed. Changes of one workspace take turns (a lock
     * on its row, taken before the caller's membership is checked), so that rules over its members
     * hold under concurrency: two admins removing each other at once leave one of them.
     */
    private Uni<WorkspaceView> change(UUID id, Kind kind, String member, Edit edit) {
        return Panache.withTransaction(() -> workspaces
                        .findById(id, LockModeType.PESSIMISTIC_WRITE)
                        .chain(workspace -> access.checkedUsername(id, WorkspacePermission.MANAGE)
                                .chain(actor -> memberships
                                        .usernames(id)
                                        .chain(before -> edit.apply(workspace, actor)
                                                .chain(() -> memberships.usernames(id))
                                                .map(after -> {
                                                    Set<String> audience = new HashSet<>(before);
                                                    audience.addAll(after);
                                                    return new Committed(workspace, actor, audience);
                                                })))))
                .onFailure()
                .transform(DatabaseErrors::asDuplicate)
                .invoke(done -> publish(kind, done.workspace(), member, done.actor(), done.audience()))
                .map(done -> WorkspaceView.of(done.workspace()));
    }

    private record Committed(Workspace workspace, String actor, Set<String> audience) {}

    private void publish(Kind kind, Workspace workspace, String member, String actor, Set<String> audience) {
        events.publish(
                new WorkspaceChange(kind, workspace.id, workspace.name, member, actor, OffsetDateTime.now()), audience);
    }
}
