package app.resonance.calendar;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The feed endpoint calendar apps poll: no sign-in (they cannot), the signed token in the path is the permission;
 * rate-limited per address as a public path (resonance.rate-limits.public-paths).
 */
@ApplicationScoped
public class CalendarRoutes {

    static final String PATH = "/api/calendar/";

    private static final Logger LOG = Logger.getLogger(CalendarRoutes.class);

    private final CalendarService calendars;

    CalendarRoutes(CalendarService calendars) {
        this.calendars = calendars;
    }

    void register(@Observes Router router) {
        router.get(PATH + ":file").handler(this::feed);
    }

    private void feed(RoutingContext ctx) {
        String file = ctx.pathParam("file");
        String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
        calendars
                .feed(token)
                .subscribe()
                .with(
                        ics -> {
                            if (ics == null) {
                                ctx.response().setStatusCode(404).end("This calendar link is unknown or was replaced.");
                            } else {
                                ctx.response()
                                        .putHeader("Content-Type", "text/calendar; charset=utf-8")
                                        .putHeader("Cache-Control", "private, max-age=300")
                                        .end(ics);
                            }
                        },
                        failure -> {
                            LOG.errorf(failure, "Calendar feed failed");
                            ctx.fail(failure);
                        });
    }
}
