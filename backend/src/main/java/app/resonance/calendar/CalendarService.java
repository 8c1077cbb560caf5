package app.resonance.calendar;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.time.DatabaseTime;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

@ApplicationScoped
public class CalendarService {

    /** The longest period one calendar query spans: about two years. */
    static final int MAX_DAYS = 731;

    /** What a feed holds: from this many days ago… */
    static final int FEED_PAST_DAYS = 90;
    /** …to this many ahead. */
    static final int FEED_FUTURE_DAYS = 365;

    private final CalendarRepository repository;
    private final WorkspaceAccess access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarService(CalendarRepository repository, WorkspaceAccess access, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** The campaigns that overlap the period and the milestones due in it. */
    public Uni<CalendarView> calendar(String workspaceId, LocalDate from, LocalDate to) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            if (to.isBefore(from)) {
                throw new InvalidInput("to", Reason.NOT_AFTER_START, "must not be before from");
            }
            if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                throw new InvalidInput(
                        "to",
                        Reason.WINDOW_TOO_LONG,
                        Integer.toString(MAX_DAYS),
                        "spans at most " + MAX_DAYS + " days");
            }
            return repository
                    .campaigns(ws, from, to)
                    .chain(campaigns -> repository
                            .milestones(ws, from, to)
                            .map(milestones -> new CalendarView(campaigns, milestones)));
        });
    }

    /** The caller's feed link (made on first use). */
    public Uni<CalendarFeedLink> feedLink(String workspaceId) {
        return link(workspaceId, false);
    }

    /** A new feed link for the caller; the old one stops working. */
    public Uni<CalendarFeedLink> resetFeedLink(String workspaceId) {
        return link(workspaceId, true);
    }

    /**
     * The feed behind a token, or null when the token is not one this server signed for a member now (a forged or
     * reset link, or someone no longer a member).
     */
    Uni<String> feed(String token) {
        CalendarFeedTokens.Claim claim = CalendarFeedTokens.read(token);
        if (claim == null) {
            return Uni.createFrom().nullItem();
        }
        return repository.key(claim.workspaceId(), claim.username()).chain(key -> {
            if (key == null || !CalendarFeedTokens.signedWith(claim, key)) {
                return Uni.createFrom().nullItem();
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            return repository
                    .feed(
                            claim.workspaceId(),
                            claim.username(),
                            today.minusDays(FEED_PAST_DAYS),
                            today.plusDays(FEED_FUTURE_DAYS))
                    .map(items -> CalendarFeed.render("Resonance: " + claim.username(), items, now));
        });
    }

    private Uni<CalendarFeedLink> link(String workspaceId, boolean replace) {
        return Uni.createFrom()
                .item(() -> Ids.parse("workspaceId", workspaceId))
                .chain(ws -> access.checkedUsername(ws, WorkspacePermission.READ)
                        .chain(username -> {
                            byte[] key = new byte[32];
                            random.nextBytes(key);
                            return repository
                                    .storeKey(ws, username, key, replace, DatabaseTime.now(clock))
                                    .map(stored -> new CalendarFeedLink(CalendarRoutes.PATH
                                            + CalendarFeedTokens.sign(ws, username, stored) + ".ics"));
                        }));
    }
}
