package app.resonance.alert;

import app.resonance.channel.ChannelService;
import app.resonance.channel.ChannelView;
import app.resonance.common.graphql.Batches;
import app.resonance.common.validation.StorableText;
import app.resonance.segment.SegmentService;
import app.resonance.segment.SegmentView;
import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class AlertGraphQL {

    /** A list of ids is [String!]: SmallRye GraphQL 2.x refuses @Id on a List argument ("Unknown Scalar Type"). */
    private static final String ALERT_IDS = "Alert ids (as `Alert.id`)";

    private final AlertService service;
    private final SegmentService segments;
    private final ChannelService channels;

    AlertGraphQL(AlertService service, SegmentService segments, ChannelService channels) {
        this.service = service;
        this.segments = segments;
        this.channels = channels;
    }

    @Query("alerts")
    @Description("The workspace's alerts, newest first unless `order` says otherwise; first ≤ 500, default 50.")
    public Uni<@NonNull AlertConnection> alerts(
            @Id @NonNull String workspaceId,
            @Valid AlertFilter filter,
            @DefaultValue("NEWEST_FIRST") AlertOrder order,
            Integer first,
            String after) {
        return service.page(workspaceId, filter, order, first, after);
    }

    @Query("alert")
    public Uni<@NonNull AlertView> alert(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.get(workspaceId, id);
    }

    @Mutation("acknowledgeAlert")
    @Description("Marks an open alert as seen by the caller.")
    public Uni<@NonNull AlertView> acknowledgeAlert(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return service.acknowledge(workspaceId, id);
    }

    @Mutation("resolveAlert")
    @Description("Closes the alert with a comment on what was done.")
    public Uni<@NonNull AlertView> resolveAlert(
            @Id @NonNull String workspaceId,
            @Id @NonNull String id,
            @NonNull @NotBlank @Size(max = 2000) @StorableText String comment) {
        return service.resolve(workspaceId, id, comment);
    }

    @Mutation("acknowledgeAlerts")
    @Description("Acknowledges the open ones of up to 500 alerts (the others stay as they are) and returns them all,"
            + " newest first. An id that names no alert of the workspace changes nothing (NOT_FOUND on ids).")
    public Uni<@NonNull List<@NonNull AlertView>> acknowledgeAlerts(
            @Id @NonNull String workspaceId,
            @NonNull @NotEmpty @Size(max = 500) @Description(ALERT_IDS) List<@NonNull String> ids) {
        return service.acknowledgeAll(workspaceId, ids);
    }

    @Mutation("resolveAlerts")
    @Description("Closes those of up to 500 alerts not resolved yet, with one comment, and returns them all, newest"
            + " first. An id that names no alert of the workspace changes nothing (NOT_FOUND on ids).")
    public Uni<@NonNull List<@NonNull AlertView>> resolveAlerts(
            @Id @NonNull String workspaceId,
            @NonNull @NotEmpty @Size(max = 500) @Description(ALERT_IDS) List<@NonNull String> ids,
            @NonNull @NotBlank @Size(max = 2000) @StorableText String comment) {
        return service.resolveAll(workspaceId, ids, comment);
    }

    @Mutation("assignAlert")
    @Description("Assigns the alert to a member of the workspace (Keycloak username); null unassigns it.")
    public Uni<@NonNull AlertView> assignAlert(
            @Id @NonNull String workspaceId, @Id @NonNull String id, String username) {
        return service.assign(workspaceId, id, username);
    }

    @Subscription("alerts")
    @Description("New alerts of the caller's workspaces (or of workspaceId), live. With `since` (the id of the last"
            + " alert received) those stored after it come first, so a reconnect loses nothing.")
    public Multi<AlertView> liveAlerts(@Id String workspaceId, @Id String since) {
        return service.live(workspaceId, since);
    }

    @NonNull
    public Uni<List<@NonNull SegmentView>> segment(@Source List<AlertView> alerts) {
        return segments.views(alerts.get(0).workspaceId(), Batches.keys(alerts, AlertView::segmentId))
                .map(found -> Batches.align(alerts, AlertView::segmentId, found, SegmentView::id));
    }

    @NonNull
    public Uni<List<@NonNull ChannelView>> channel(@Source List<AlertView> alerts) {
        return channels.views(alerts.get(0).workspaceId(), Batches.keys(alerts, AlertView::channelId))
                .map(found -> Batches.align(alerts, AlertView::channelId, found, ChannelView::id));
    }
}
