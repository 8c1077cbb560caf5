package app.resonance.balance;

import java.util.Set;
import java.util.UUID;

/** The cells an evaluation looks at: all, whole segments, or single cells. */
public record CellScope(boolean all, Set<UUID> segments, Set<CellKey> cells) {

    public static final CellScope ALL = new CellScope(true, Set.of(), Set.of());

    boolean contains(CellKey cell) {
        return all || segments.contains(cell.segmentId()) || cells.contains(cell);
    }
}
