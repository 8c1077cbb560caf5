package app.resonance.common.graphql;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Helpers for batched {@code @Source List<…>} resolvers: one query for all parents of a level,
 * then each parent gets its own child back, in the parents' order.
 */
public final class Batches {

    private Batches() {}

    /** The distinct keys the parents point at, for the one query. */
    public static <P> Collection<UUID> keys(List<P> parents, Function<P, UUID> key) {
        return parents.stream().map(key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Each parent's child (null when none was found), in the parents' order. */
    public static <P, C> List<C> align(
            List<P> parents, Function<P, UUID> key, List<C> children, Function<C, UUID> childId) {
        Map<UUID, C> byId = children.stream().collect(Collectors.toMap(childId, Function.identity(), (a, b) -> a));
        return parents.stream().map(parent -> byId.get(key.apply(parent))).toList();
    }
}
