package app.resonance.balance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a workspace's balance was last read from — its inputs, the daily sums of recently asked
 * windows — and the matrices computed from them, labelled with the workspace's version
 * (balance_version), which every change of any input increments. A dashboard that many people watch reads the database once per change, not once
 * per view. Least recently used entries are dropped beyond {@value #ENTRIES} of each kind.
 */
@ApplicationScoped
class BalanceCache {

    static final int ENTRIES = 32;

    record Window(UUID workspaceId, LocalDate from, LocalDate to) {}

    /** A matrix as asked for: window and filter (the filter's view compares by value). */
    record View(Window window, BalanceFilter.View filter) {}

    private record Versioned<T>(long version, T value) {}

    private final Map<UUID, Versioned<BalanceInputs>> inputs = lru();
    private final Map<Window, Versioned<Map<CellKey, Map<UUID, BrandSums>>>> sums = lru();
    private final Map<View, Versioned<MediaBalance>> matrices = lru();

    synchronized BalanceInputs inputs(UUID workspaceId, long version) {
        return current(inputs.get(workspaceId), version);
    }

    synchronized void putInputs(UUID workspaceId, long version, BalanceInputs value) {
        inputs.put(workspaceId, new Versioned<>(version, value));
    }

    synchronized Map<CellKey, Map<UUID, BrandSums>> sums(Window window, long version) {
        return current(sums.get(window), version);
    }

    synchronized void putSums(Window window, long version, Map<CellKey, Map<UUID, BrandSums>> value) {
        sums.put(window, new Versioned<>(version, value));
    }

    synchronized MediaBalance matrix(View view, long version) {
        return current(matrices.get(view), version);
    }

    synchronized void putMatrix(View view, long version, MediaBalance value) {
        matrices.put(view, new Versioned<>(version, value));
    }

    private static <T> T current(Versioned<T> entry, long version) {
        return entry != null && entry.version() == version ? entry.value() : null;
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(ENTRIES, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ENTRIES;
            }
        };
    }
}
