package app.resonance.common.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay page made from rows read with one more than asked for ({@code size + 1}): the first {@code size}
 * as edges, and whether more follow, with the last edge's cursor to go on from.
 */
public record Page<E>(List<E> edges, PageInfo pageInfo) {

    public static <R, E> Page<E> of(List<R> rows, int size, Function<R, E> edge, Function<E, String> cursor) {
        List<E> edges = rows.stream().limit(size).map(edge).toList();
        String end = edges.isEmpty() ? null : cursor.apply(edges.get(edges.size() - 1));
        return new Page<>(edges, new PageInfo(rows.size() > size, end));
    }
}
