package app.resonance.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.resonance.workspace.WorkspaceService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

@ApplicationScoped
public class DemoData {

    static final String WORKSPACE = "Northwind Systems (demo)";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final WorkspaceService workspaces;
    private final boolean enabled;

    DemoData(WorkspaceService workspaces, @ConfigProperty(name = "resonance.demo.enabled") boolean enabled) {
        this.workspaces = workspaces;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent start) throws Throwable {
        if (!enabled) {
            return;
        }
        // Hibernate Reactive needs a Vert.x context; start-up runs on the main thread.
        VertxContextSupport.subscribeAndAwait(() -> workspaces.seed(WORKSPACE, List.of("admin", "analyst", "viewer")));
        LOG.infof("Demo workspace '%s' is ready", WORKSPACE);
    }
}
