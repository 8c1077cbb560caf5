package app.resonance.alert;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.pgclient.pubsub.PgChannel;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The alert machinery's own connections, apart from the API's pool: a small pool for evaluations
 * and feed reads (so background work neither starves nor shows up in the API's statements), and one
 * LISTEN connection for PostgreSQL notifications, re-established after a loss.
 */
@ApplicationScoped
class AlertDatabase {

    private static final Logger LOG = Logger.getLogger(AlertDatabase.class);

    private final Pool pool;
    private final PgSubscriber subscriber;

    AlertDatabase(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url)
                .setUser(user)
                .setPassword(password)
                .setCachePreparedStatements(true);
        this.pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(4).setName("alerts"))
                .connectingTo(new PgConnectOptions(options).setMetricsName("alerts"))
                .using(vertx)
                .build();
        this.subscriber = PgSubscriber.subscriber(
                        vertx, new PgConnectOptions(options).setMetricsName("alert-notifications"))
                .reconnectPolicy(retries -> 1_000L); // keep trying, once a second
    }

    Pool pool() {
        return pool;
    }

    /**
     * Calls {@code onNotification} with each payload on the channel, and {@code onListening} whenever
     * LISTEN is (re-)established, to catch up on what was announced while nobody listened.
     */
    void listen(String channel, Consumer<String> onNotification, Runnable onListening) {
        PgChannel pgChannel = subscriber.channel(channel);
        pgChannel.subscribeHandler(onListening);
        pgChannel.exceptionHandler(e -> LOG.warnf(e, "Notifications on %s failed", channel));
        pgChannel.handler(onNotification);
    }

    void connect() {
        subscriber
                .connect()
                .subscribe()
                .with(
                        ok -> LOG.debug("Listening for alert notifications"),
                        e -> LOG.errorf(e, "Could not listen for alert notifications; retrying"));
    }

    @PreDestroy
    void close() {
        subscriber.closeAndForget();
        pool.closeAndForget();
    }
}
