package app.resonance.identity;

/** Realm roles of the {@code resonance} Keycloak realm. Composite there: admin ⊃ analyst ⊃ viewer. */
public enum Role {
    /** Manages workspaces and their members. */
    ADMIN("admin"),
    /** Reads and writes workspace data. */
    ANALYST("analyst"),
    /** Reads workspace data. */
    VIEWER("viewer");

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }
}
