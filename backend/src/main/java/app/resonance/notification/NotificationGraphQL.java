package app.resonance.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class NotificationGraphQL {

    private final NotificationService service;

    NotificationGraphQL(NotificationService service) {
        this.service = service;
    }

    @Query("notifications")
    @Description("The caller's notifications in the workspace, newest first; first ≤ 500, default 50.")
    public Uni<@NonNull List<@NonNull NotificationView>> notifications(
            @Id @NonNull String workspaceId, @DefaultValue("false") boolean unreadOnly, Integer first) {
        return service.mine(workspaceId, unreadOnly, first);
    }

    @Query("notification")
    @Description("One of the caller's notifications.")
    public Uni<@NonNull NotificationView> notification(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.get(workspaceId, id);
    }

    @Mutation("markNotificationRead")
    public Uni<@NonNull NotificationView> markNotificationRead(
            @Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.markRead(workspaceId, id);
    }

    @Subscription("notifications")
    @Description("The caller's new notifications (of workspaceId, or of all their workspaces), live. With `since`"
            + " (the id of the last one received) those stored after it come first, so a reconnect loses nothing.")
    public Multi<NotificationView> liveNotifications(@Id String workspaceId, @Id String since) {
        return service.live(workspaceId, since);
    }
}
