import { useCallback, useMemo, useState } from 'react';
import { ConnectionWindow, type ConnectionPage } from '../publication/connectionWindow';

/**
 * A lazy grid's rows from a Relay connection: one window of pages per query (`key` names it: workspace, search,
 * filter, order), fetched as the grid scrolls. The window is the cache here, so its pages always come from the
 * server; `reload` starts a new window after a create or delete changes what the pages hold.
 */
export function useConnectionWindow<T>(
  key: string | null,
  fetchPage: (first: number, after: string | null) => Promise<ConnectionPage<T>>,
) {
  const [reloads, setReloads] = useState(0);
  const pages = useMemo(
    () => (key === null ? null : new ConnectionWindow<T>(fetchPage)),
    // The key says when the query changed; `fetchPage` is a new closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, reloads],
  );
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { pages, reload };
}
