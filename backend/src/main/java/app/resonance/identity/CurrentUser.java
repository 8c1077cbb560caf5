package app.resonance.identity;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import app.resonance.common.error.AccessDenied;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request or subscription, as the OIDC token describes them. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The Keycloak username ({@code preferred_username}); access denied when anonymous. */
    public String username() {
        if (identity.isAnonymous()) {
            throw new AccessDenied("Sign in first");
        }
        return identity.getPrincipal().getName();
    }

    public boolean has(Role role) {
        return !identity.isAnonymous() && identity.hasRole(role.realmRole());
    }

    public void require(Role role) {
        if (!has(role)) {
            throw new AccessDenied("This needs the role " + role.realmRole());
        }
    }

    /** The application's roles the user holds, strongest first. */
    public List<String> roles() {
        return Arrays.stream(Role.values()).filter(this::has).map(Role::realmRole).toList();
    }
}
