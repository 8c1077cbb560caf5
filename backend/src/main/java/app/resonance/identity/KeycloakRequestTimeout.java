package app.resonance.identity;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcRequestFilter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A time limit on every request of quarkus-oidc to Keycloak. quarkus-oidc 3.34 bounds only the connect
 * ({@code quarkus.oidc.connection-timeout}): a Keycloak that takes the connection and never answers kept a
 * request with a token under an unknown key id waiting for good (KeycloakDownIT). With the limit such a request
 * gets its 401 once it is over.
 */
// Nothing injects it: quarkus-oidc looks its filters up, so the build must not drop it as unused.
@Unremovable
@ApplicationScoped
@OidcEndpoint(OidcEndpoint.Type.ALL)
class KeycloakRequestTimeout implements OidcRequestFilter {

    private final long millis;

    KeycloakRequestTimeout(KeycloakConfig config) {
        this.millis = config.requestTimeout().toMillis();
    }

    @Override
    public Uni<Void> filter(OidcRequestFilterContext context) {
        context.request().timeout(millis);
        return Uni.createFrom().voidItem();
    }
}
