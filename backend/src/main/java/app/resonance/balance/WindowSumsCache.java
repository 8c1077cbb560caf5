package app.resonance.balance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The daily sums of recently asked windows, per workspace and version (balance_version): a
 * dashboard that many people watch reads the database once per change, not once per view. Least
 * recently used windows are dropped beyond {@value #WINDOWS}.
 */
@ApplicationScoped
class WindowSumsCache {

    static final int WINDOWS = 32;

    record Window(UUID workspaceId, LocalDate from, LocalDate to) {
    }

    private record Entry(long version, Map<CellKey, Map<UUID, BrandSums>> sums) {
    }

    private final Map<Window, Entry> entries = new LinkedHashMap<>(WINDOWS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Window, Entry> eldest) {
            return size() > WINDOWS;
        }
    };

    /** The window's sums at this version, or null. */
    synchronized Map<CellKey, Map<UUID, BrandSums>> get(Window window, long version) {
        Entry entry = entries.get(window);
        return entry != null && entry.version == version ? entry.sums : null;
    }

    synchronized void put(Window window, long version, Map<CellKey, Map<UUID, BrandSums>> sums) {
        Entry entry = entries.get(window);
        if (entry == null || entry.version <= version) {
            entries.put(window, new Entry(version, sums));
        }
    }
}
