package app.resonance.demo;

import app.resonance.workspace.WorkspaceService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The demo workspaces of ./run.sh (and of the tests): the IT vendor's media field and customer base, and a
 * refrigeration equipment maker's customer base. Loaded once: a workspace that has its data keeps it.
 */
@ApplicationScoped
public class DemoData {

    static final String WORKSPACE = "Northwind Systems (demo)";
    private static final List<String> MEMBERS = List.of("admin", "analyst", "viewer");
    /** Changing it changes the customers of both workspaces; the tests only rely on their shape. */
    private static final long CUSTOMERS_SEED = 20261207L;

    /**
     * Concurrent start-ups wait for each other on this advisory lock instead of both loading. Not a lock
     * on a workspace's row: the imports' foreign-key checks would wait for it on their own connections.
     */
    private static final String LOCK = "select pg_advisory_lock(hashtextextended('resonance.demo', 0))";

    private static final String UNLOCK = "select pg_advisory_unlock(hashtextextended('resonance.demo', 0))";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final WorkspaceService workspaces;
    private final DemoMediaFieldLoader mediaField;
    private final DemoCustomerBaseLoader customers;
    private final Pool pool;
    private final Clock clock;
    private final boolean enabled;

    DemoData(
            WorkspaceService workspaces,
            DemoMediaFieldLoader mediaField,
            DemoCustomerBaseLoader customers,
            Pool pool,
            Clock clock,
            @ConfigProperty(name = "resonance.demo.enabled") boolean enabled) {
        this.workspaces = workspaces;
        this.mediaField = mediaField;
        this.customers = customers;
        this.pool = pool;
        this.clock = clock;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent start) throws Throwable {
        if (!enabled) {
            return;
        }
        SqlConnection lock = pool.getConnection().await().indefinitely();
        try {
            lock.query(LOCK).execute().await().indefinitely();
            try {
                loadAll();
            } finally {
                lock.query(UNLOCK).execute().await().indefinitely();
            }
        } finally {
            lock.close().await().indefinitely();
        }
    }

    private void loadAll() throws Throwable {
        // Dated relative to today, so that the demo always shows the last six months. The imports block,
        // which the main thread may.
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Random random = new Random(CUSTOMERS_SEED);

        long started = System.nanoTime();
        UUID vendor = seed(WORKSPACE);
        int publications = mediaField.seed(vendor, today);
        int vendorContacts = customers.seed(vendor, DemoCustomerBase.itVendor(random, today));
        report(WORKSPACE, started, publications + " publications and " + vendorContacts + " contacts");

        started = System.nanoTime();
        String fridges = DemoCustomerBase.REFRIGERATION_WORKSPACE;
        int fridgeContacts = customers.seed(seed(fridges), DemoCustomerBase.refrigeration(random, today));
        report(fridges, started, fridgeContacts + " contacts");
    }

    private UUID seed(String name) throws Throwable {
        // Hibernate Reactive needs a Vert.x context; start-up runs on the main thread.
        return VertxContextSupport.subscribeAndAwait(() -> workspaces.seed(name, MEMBERS));
    }

    private static void report(String workspace, long started, String loaded) {
        LOG.infof(
                "Demo workspace '%s' is ready in %d ms (loaded now: %s)",
                workspace, (System.nanoTime() - started) / 1_000_000, loaded);
    }
}
