package app.resonance.alert;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.livefeed.LiveFeeds;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.identity.CurrentUser;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AlertService {

    private final WorkspaceAccess access;
    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final AlertRepository repository;
    private final LiveFeeds feeds;
    private final AlertLiveFeed feed;

    AlertService(
            WorkspaceAccess access,
            WorkspaceService workspaces,
            CurrentUser currentUser,
            AlertRepository repository,
            LiveFeeds feeds,
            AlertLiveFeed feed) {
        this.access = access;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.repository = repository;
        this.feeds = feeds;
        this.feed = feed;
    }

    public Uni<AlertConnection> page(
            String workspaceId, AlertFilter filter, AlertOrder order, Integer first, String after) {
        int size = PageSize.of(first);
        AlertOrder sorted = order == null ? AlertOrder.NEWEST_FIRST : order;
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> repository.page(AlertQuery.of(ws, filter, sorted, after), size + 1))
                .map(alerts -> {
                    Page<AlertConnection.Edge> page = Page.of(
                            alerts,
                            size,
                            alert -> new AlertConnection.Edge(AlertQuery.cursor(sorted, alert), alert),
                            AlertConnection.Edge::cursor);
                    return new AlertConnection(page.edges(), page.pageInfo());
                });
    }

    public Uni<AlertView> get(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .chain(ws -> repository.find(ws, id("id", id)))
                .map(AlertService::found);
    }

    public Uni<AlertView> acknowledge(String workspaceId, String id) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            long alertId = id("id", id);
            return currentUser
                    .username()
                    .chain(username -> repository.acknowledge(ws, alertId, username))
                    .chain(updated -> changedOrWhyNot(ws, alertId, updated));
        });
    }

    public Uni<AlertView> resolve(String workspaceId, String id, String comment) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            long alertId = id("id", id);
            return currentUser
                    .username()
                    .chain(username -> repository.resolve(ws, alertId, username, comment.strip()))
                    .chain(updated -> changedOrWhyNot(ws, alertId, updated));
        });
    }

    /** Acknowledges the open ones of these alerts; the others stay as they are. All of them, as they are now. */
    public Uni<List<AlertView>> acknowledgeAll(String workspaceId, List<String> ids) {
        return changeAll(
                workspaceId, ids, (ws, alertIds, username) -> repository.acknowledgeAll(ws, alertIds, username));
    }

    /** Resolves those of these alerts not resolved yet with one comment; all of them, as they are now. */
    public Uni<List<AlertView>> resolveAll(String workspaceId, List<String> ids, String comment) {
        return changeAll(
                workspaceId,
                ids,
                (ws, alertIds, username) -> repository.resolveAll(ws, alertIds, username, comment.strip()));
    }

    private interface BulkChange {
        Uni<Void> apply(UUID workspaceId, long[] ids, String username);
    }

    /** A change of many alerts: every id must name an alert of the workspace, or nothing changes. */
    private Uni<List<AlertView>> changeAll(String workspaceId, List<String> ids, BulkChange change) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            long[] alertIds =
                    ids.stream().mapToLong(id -> id("ids", id)).distinct().toArray();
            return repository
                    .find(ws, alertIds)
                    .invoke(found -> {
                        Set<Long> known = found.stream().map(AlertView::id).collect(Collectors.toSet());
                        Arrays.stream(alertIds)
                                .filter(id -> !known.contains(id))
                                .findFirst()
                                .ifPresent(unknown -> {
                                    throw new InvalidInput(
                                            "ids",
                                            Reason.NOT_FOUND,
                                            Long.toString(unknown),
                                            "no such alert in this workspace");
                                });
                    })
                    .chain(() -> currentUser.username())
                    .chain(username -> change.apply(ws, alertIds, username))
                    .chain(() -> repository.find(ws, alertIds))
                    .map(alerts -> alerts.stream()
                            .sorted(Comparator.comparingLong(AlertView::id).reversed())
                            .toList());
        });
    }

    /** The updated alert; when the update matched nothing, the reason: no such alert, or not in a state for it. */
    private Uni<AlertView> changedOrWhyNot(UUID ws, long alertId, AlertView updated) {
        return updated != null
                ? Uni.createFrom().item(updated)
                : repository.find(ws, alertId).map(AlertService::found).map(alert -> {
                    throw new InvalidInput(
                            "id",
                            Reason.ALERT_ALREADY_IN_STATE,
                            alert.state().name(),
                            "the alert is " + alert.state().name().toLowerCase() + " already");
                });
    }

    /** Assigns the alert to a member of its workspace, or unassigns it with a null username. */
    public Uni<AlertView> assign(String workspaceId, String id, String username) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .call(ws -> username == null
                        ? Uni.createFrom().voidItem()
                        : workspaces.members(List.of(ws)).map(members -> {
                            if (members.getOrDefault(ws, List.of()).stream()
                                    .noneMatch(m -> m.username().equals(username))) {
                                throw new InvalidInput(
                                        "username", Reason.NOT_A_MEMBER, username, "is not a member of this workspace");
                            }
                            return null;
                        }))
                .chain(ws -> repository.assign(ws, id("id", id), username))
                .map(AlertService::found);
    }

    /** The caller's workspaces' alerts, live; only those of workspaceId when given. */
    public Multi<AlertView> live(String workspaceId, String since) {
        return feeds.stream(feed, currentUser.identity(), workspaceId, since);
    }

    private static AlertView found(AlertView alert) {
        if (alert == null) {
            throw new InvalidInput("id", Reason.NOT_FOUND, "no such alert in this workspace");
        }
        return alert;
    }

    /** An alert id; parsed after the access check, so that another tenant learns nothing but FORBIDDEN. */
    private static long id(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, Reason.INVALID_ID, value, "is not an alert id");
        }
    }
}
