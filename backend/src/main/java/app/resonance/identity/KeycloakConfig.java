package app.resonance.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the app talks to Keycloak, beyond quarkus.oidc. */
@ConfigMapping(prefix = "resonance.keycloak")
public interface KeycloakConfig {

    /**
     * The longest Keycloak may take to answer the app (its metadata, its signing keys): the app asks for keys
     * while a request waits, when a token names a key id it has not seen.
     */
    @WithDefault("PT3S")
    Duration requestTimeout();
}
