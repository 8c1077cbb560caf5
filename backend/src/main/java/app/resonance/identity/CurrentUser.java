package app.resonance.identity;

import app.resonance.common.error.AccessDenied;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/**
 * The caller of the current request or subscription, as the OIDC token describes them. The
 * identity is read reactively: after a database call the code may run where blocking on a
 * not-yet-resolved identity is forbidden.
 */
@ApplicationScoped
public class CurrentUser {

    private final CurrentIdentityAssociation identities;

    CurrentUser(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** The Keycloak username ({@code preferred_username}); access denied when anonymous. */
    public Uni<String> username() {
        return signedIn().map(identity -> identity.getPrincipal().getName());
    }

    /** The username, when the caller holds the role; access denied otherwise. */
    public Uni<String> require(Role role) {
        return identity().map(identity -> require(identity, role));
    }

    /** As {@link #require(Role)}, for an identity known otherwise (a WebSocket's, after connection_init). */
    public static String require(SecurityIdentity identity, Role role) {
        if (!signedIn(identity).hasRole(role.realmRole())) {
            throw new AccessDenied("This needs the role " + role.realmRole());
        }
        return identity.getPrincipal().getName();
    }

    /** The application's roles the caller holds, strongest first. */
    public Uni<List<String>> roles() {
        return signedIn()
                .map(identity -> Arrays.stream(Role.values())
                        .map(Role::realmRole)
                        .filter(identity::hasRole)
                        .toList());
    }

    /** The caller's identity, possibly anonymous. */
    public Uni<SecurityIdentity> identity() {
        return identities.getDeferredIdentity();
    }

    private Uni<SecurityIdentity> signedIn() {
        return identity().map(CurrentUser::signedIn);
    }

    private static SecurityIdentity signedIn(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new AccessDenied("Sign in first");
        }
        return identity;
    }
}
