package app.resonance.common.livefeed;

import java.util.Set;
import java.util.UUID;

/** Items with ids in (after, upTo], of the given workspaces or of all when null, at most limit of them. */
public record ItemRange(Set<UUID> workspaceIds, long after, long upTo, int limit) {

    /** Whatever was stored after {@code after}, in any workspace. */
    static ItemRange after(long after, int limit) {
        return new ItemRange(null, after, Long.MAX_VALUE, limit);
    }
}
