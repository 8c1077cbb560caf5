package app.resonance.common.livefeed;

import java.util.Set;
import java.util.UUID;

/**
 * A stored item of a feed: its id (in commit order), its workspace and that workspace's members when it
 * was read, who alone receive it: someone removed from a workspace stops receiving at once.
 */
public record LiveItem<T>(long id, UUID workspaceId, Set<String> members, T value) {}
