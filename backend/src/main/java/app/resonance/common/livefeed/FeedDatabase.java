package app.resonance.common.livefeed;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.pgclient.pubsub.PgChannel;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The live feeds' own connections, apart from the API's pool: a small pool for background work (feed
 * reads, and features' work on notifications such as alert evaluations), so that it neither starves nor
 * shows up in the API's statements, and one LISTEN connection for PostgreSQL notifications of the whole
 * app, re-established after a loss.
 */
@ApplicationScoped
public class FeedDatabase {

    /** The LISTEN connection's application_name, to find it among PostgreSQL's backends. */
    public static final String LISTENER_NAME = "resonance-notifications";

    private static final Logger LOG = Logger.getLogger(FeedDatabase.class);

    private final Pool pool;
    private final PgSubscriber subscriber;

    FeedDatabase(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url)
                .setUser(user)
                .setPassword(password)
                .setCachePreparedStatements(true);
        this.pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(4).setName("live-feeds"))
                .connectingTo(new PgConnectOptions(options).setMetricsName("live-feeds"))
                .using(vertx)
                .build();
        this.subscriber = PgSubscriber.subscriber(
                        vertx,
                        new PgConnectOptions(options)
                                .setMetricsName("notifications")
                                .addProperty("application_name", LISTENER_NAME))
                .reconnectPolicy(retries -> 1_000L); // keep trying, once a second
    }

    public Pool pool() {
        return pool;
    }

    /**
     * Calls {@code onNotification} with each payload on the channel, and {@code onListening} whenever
     * LISTEN is (re-)established, to catch up on what was announced while nobody listened.
     */
    public void listen(String channel, Consumer<String> onNotification, Runnable onListening) {
        PgChannel pgChannel = subscriber.channel(channel);
        pgChannel.subscribeHandler(onListening);
        pgChannel.exceptionHandler(e -> LOG.warnf(e, "Notifications on %s failed", channel));
        pgChannel.handler(onNotification);
    }

    /** Connects once every feature has said what it listens to at startup (observers of default priority). */
    void connect(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent startup) {
        subscriber
                .connect()
                .subscribe()
                .with(
                        ok -> LOG.debug("Listening for notifications"),
                        e -> LOG.errorf(e, "Could not listen for notifications; retrying"));
    }

    @PreDestroy
    void close() {
        subscriber.closeAndForget();
        pool.closeAndForget();
    }
}
