package app.resonance.demo;

import app.resonance.workspace.WorkspaceService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class DemoData {

    static final String WORKSPACE = "Northwind Systems (demo)";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final WorkspaceService workspaces;
    private final DemoMediaFieldLoader mediaField;
    private final Clock clock;
    private final boolean enabled;

    DemoData(
            WorkspaceService workspaces,
            DemoMediaFieldLoader mediaField,
            Clock clock,
            @ConfigProperty(name = "resonance.demo.enabled") boolean enabled) {
        this.workspaces = workspaces;
        this.mediaField = mediaField;
        this.clock = clock;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent start) throws Throwable {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        // Hibernate Reactive needs a Vert.x context; start-up runs on the main thread.
        UUID workspaceId = VertxContextSupport.subscribeAndAwait(
                () -> workspaces.seed(WORKSPACE, List.of("admin", "analyst", "viewer")));
        // Dated relative to today, so that the demo always shows the last six months. The imports block,
        // which the main thread may.
        long workspaceReady = System.nanoTime();
        int publications = mediaField.seed(workspaceId, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (publications > 0) {
            LOG.infof(
                    "Demo workspace '%s' is ready in %d ms: media field with %d publications loaded in %d ms",
                    WORKSPACE,
                    (System.nanoTime() - started) / 1_000_000,
                    publications,
                    (System.nanoTime() - workspaceReady) / 1_000_000);
        } else {
            LOG.infof("Demo workspace '%s' is ready", WORKSPACE);
        }
    }
}
