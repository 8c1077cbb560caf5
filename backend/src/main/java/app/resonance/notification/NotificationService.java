package app.resonance.notification;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.livefeed.FeedDatabase;
import app.resonance.common.livefeed.LiveFeeds;
import app.resonance.common.paging.PageSize;
import app.resonance.common.time.DatabaseTime;
import app.resonance.common.time.DueDates;
import app.resonance.common.time.DueDates.Due;
import app.resonance.identity.CurrentUser;
import app.resonance.milestone.DueMilestone;
import app.resonance.milestone.MilestoneService;
import app.resonance.notification.NotificationRepository.Raise;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

@ApplicationScoped
public class NotificationService {

    private final NotificationRepository repository;
    private final MilestoneService milestones;
    private final FeedDatabase database;
    private final WorkspaceAccess access;
    private final CurrentUser currentUser;
    private final LiveFeeds feeds;
    private final NotificationLiveFeed feed;
    private final NotificationConfig config;
    private final Clock clock;

    NotificationService(
            NotificationRepository repository,
            MilestoneService milestones,
            FeedDatabase database,
            WorkspaceAccess access,
            CurrentUser currentUser,
            LiveFeeds feeds,
            NotificationLiveFeed feed,
            NotificationConfig config,
            Clock clock) {
        this.repository = repository;
        this.milestones = milestones;
        this.database = database;
        this.access = access;
        this.currentUser = currentUser;
        this.feeds = feeds;
        this.feed = feed;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Raises a notification to the responsible member of every open milestone (of a campaign still to be done)
     * that is overdue or due within the soon days, by its campaign's day, unless one of that kind was raised for
     * that due date before; answers how many were raised.
     */
    public Uni<Integer> raiseDue() {
        Instant now = clock.instant();
        // No zone is more than 14 hours ahead of UTC: a day past UTC's covers every campaign's "soon".
        LocalDate upTo = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(config.soonDays() + 1L);
        return database.pool()
                .withTransaction(tx -> milestones
                        .due(tx, upTo)
                        .chain(due -> repository.raise(tx, raises(due, now), DatabaseTime.now(clock))));
    }

    private List<Raise> raises(List<DueMilestone> due, Instant now) {
        List<Raise> raises = new ArrayList<>();
        for (DueMilestone milestone : due) {
            Due when =
                    DueDates.classify(milestone.dueOn(), DueDates.today(now, milestone.timeZone()), config.soonDays());
            NotificationKind kind = switch (when) {
                case OVERDUE -> NotificationKind.OVERDUE;
                case TODAY, SOON -> NotificationKind.DUE_SOON;
                case LATER -> null;
            };
            if (kind != null) {
                raises.add(new Raise(
                        milestone.workspaceId(), milestone.responsible(), milestone.id(), kind, milestone.dueOn()));
            }
        }
        return raises;
    }

    /** The caller's notifications in the workspace, newest first. */
    public Uni<List<NotificationView>> mine(String workspaceId, boolean unreadOnly, Integer first) {
        return asRecipient(workspaceId, (ws, me) -> repository.ofRecipient(ws, me, unreadOnly, PageSize.of(first)));
    }

    public Uni<NotificationView> get(String workspaceId, String id) {
        return asRecipient(workspaceId, (ws, me) -> repository.find(ws, me, id(id)))
                .map(NotificationService::found);
    }

    public Uni<NotificationView> markRead(String workspaceId, String id) {
        return asRecipient(workspaceId, (ws, me) -> {
                    long notification = id(id);
                    return repository
                            .markRead(ws, me, notification, DatabaseTime.now(clock))
                            .chain(() -> repository.find(ws, me, notification));
                })
                .map(NotificationService::found);
    }

    /** The caller's notifications, live; only those of workspaceId when given. */
    public Multi<NotificationView> live(String workspaceId, String since) {
        return feeds.stream(feed, currentUser.identity(), workspaceId, since);
    }

    /** Work on the caller's own notifications, once they may read the workspace. */
    private <T> Uni<T> asRecipient(String workspaceId, BiFunction<UUID, String, Uni<T>> work) {
        return Uni.createFrom()
                .item(() -> Ids.parse("workspaceId", workspaceId))
                .chain(ws ->
                        access.checkedUsername(ws, WorkspacePermission.READ).chain(me -> work.apply(ws, me)));
    }

    private static NotificationView found(NotificationView notification) {
        if (notification == null) {
            throw new InvalidInput("id", Reason.NOT_FOUND, "no such notification of yours in this workspace");
        }
        return notification;
    }

    /** A notification id; parsed after the access check, so that another tenant learns nothing but FORBIDDEN. */
    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput("id", Reason.INVALID_ID, value, "is not a notification id");
        }
    }
}
