package app.resonance.alert;

import java.util.Set;
import java.util.UUID;

/** Who a subscription is for: the member, and the workspaces whose alerts it asked for (checked at subscribe). */
record AlertAudience(String member, Set<UUID> workspaceIds) {}
