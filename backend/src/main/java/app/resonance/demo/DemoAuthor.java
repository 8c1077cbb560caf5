package app.resonance.demo;

import app.resonance.identity.Role;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Enters demo data as a demo user would by hand: through the features' own services, with their access
 * checks and their records of who did what (rule versions, timeline entries), in a request of that user.
 */
@ApplicationScoped
class DemoAuthor {

    private final CurrentIdentityAssociation identities;

    DemoAuthor(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** Runs the work as the user, who holds every realm role (the demo's admin), and waits for its outcome. */
    <T> T as(String username, Supplier<Uni<T>> work) {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(Arrays.stream(Role.values()).map(Role::realmRole).collect(Collectors.toSet()))
                .build();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> {
                ManagedContext request = Arc.container().requestContext();
                request.activate();
                identities.setIdentity(identity);
                return work.get().eventually(request::terminate);
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
