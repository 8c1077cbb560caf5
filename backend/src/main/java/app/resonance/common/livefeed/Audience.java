package app.resonance.common.livefeed;

import java.util.Set;
import java.util.UUID;

/** Who a subscription is for: the member, and the workspaces whose items it asked for (checked at subscribe). */
public record Audience(String member, Set<UUID> workspaceIds) {}
