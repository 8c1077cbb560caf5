package app.resonance.workspace;

import app.resonance.identity.Role;

/** What a caller wants to do in a workspace, and the realm role it takes besides membership. */
public enum WorkspacePermission {
    READ(Role.VIEWER),
    WRITE(Role.ANALYST),
    MANAGE(Role.ADMIN);

    final Role role;

    WorkspacePermission(Role role) {
        this.role = role;
    }
}
