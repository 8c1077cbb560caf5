package app.resonance.notification;

import app.resonance.common.livefeed.Audience;
import app.resonance.common.livefeed.ItemRange;
import app.resonance.common.livefeed.LiveFeed;
import app.resonance.common.livefeed.LiveItem;
import app.resonance.identity.CurrentUser;
import app.resonance.identity.Role;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import app.resonance.workspace.WorkspaceService;
import app.resonance.workspace.WorkspaceView;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notifications as a live feed: the {@code notifications} subscription, rendered item by item as {@code
 * notification(workspaceId, id)}, announced on {@code NOTIFY notification}. Each item has one receiver, its
 * recipient, so it renders the same for everyone who receives it.
 */
@ApplicationScoped
class NotificationLiveFeed implements LiveFeed<NotificationView> {

    private final WorkspaceAccess access;
    private final WorkspaceService workspaces;
    private final NotificationRepository repository;

    NotificationLiveFeed(WorkspaceAccess access, WorkspaceService workspaces, NotificationRepository repository) {
        this.access = access;
        this.workspaces = workspaces;
        this.repository = repository;
    }

    @Override
    public String field() {
        return "notifications";
    }

    @Override
    public String itemField() {
        return "notification";
    }

    @Override
    public String channel() {
        return NotificationRepository.CHANNEL;
    }

    @Override
    public Uni<Audience> audience(SecurityIdentity identity, String workspaceId) {
        return workspaceId != null
                ? access.check(identity, workspaceId, WorkspacePermission.READ)
                        .map(ws -> new Audience(identity.getPrincipal().getName(), Set.of(ws)))
                : Uni.createFrom()
                        .item(() -> CurrentUser.require(identity, Role.VIEWER))
                        .chain(member -> workspaces
                                .ofMember(member)
                                .map(mine -> new Audience(
                                        member,
                                        mine.stream().map(WorkspaceView::id).collect(Collectors.toSet()))));
    }

    @Override
    public Uni<Long> lastId(SqlClient client) {
        return repository.lastId(client);
    }

    @Override
    public Uni<List<LiveItem<NotificationView>>> read(SqlClient client, ItemRange range) {
        return repository.read(client, range);
    }
}
