import { useCallback, useState } from 'react';

/**
 * Previous and Next over a Relay connection: the cursors of the pages before the one shown (Next pushes the page's
 * end cursor, Previous pops), so Previous needs no backward paging from the API.
 */
export function useCursorPages(pageSize: number) {
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  return {
    /** The cursor the shown page starts after; null for the first page. */
    after: cursors[cursors.length - 1] ?? null,
    /** The number of the shown page's first row, from 1. */
    first: (cursors.length - 1) * pageSize + 1,
    hasPrevious: cursors.length > 1,
    previous: useCallback(() => setCursors((c) => c.slice(0, -1)), []),
    next: useCallback((endCursor: string) => setCursors((c) => [...c, endCursor]), []),
    /** Back to the first page (the query changed). */
    reset: useCallback(() => setCursors([null]), []),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;
