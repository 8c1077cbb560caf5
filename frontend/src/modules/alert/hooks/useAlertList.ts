import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { AlertsDocument, type AlertFilter, type AlertOrder } from '../../../generated/graphql';
import type { Alert } from '../types/Alert';

const PAGE_SIZE = 25;

export type AlertList = Readonly<{
  alerts: readonly Alert[];
  hasMore: boolean;
  loading: boolean;
  error?: CombinedError;
  loadMore: () => void;
  /** Starts again from the first page. */
  reload: () => void;
  /** Puts an alert the user changed in place. */
  replace: (alert: Alert) => void;
  /** Puts alerts the user changed at once in place. */
  replaceAll: (changed: readonly Alert[]) => void;
}>;

/** The workspace's alerts in the given order (newest first by default), a page at a time (Relay cursor paging). */
export function useAlertList(
  workspaceId: string | null,
  filter: AlertFilter,
  order: AlertOrder = 'NEWEST_FIRST',
  pageSize = PAGE_SIZE,
): AlertList {
  const client = useClient();
  const [alerts, setAlerts] = useState<readonly Alert[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<CombinedError>();
  const [generation, setGeneration] = useState(0);
  // Answers of an earlier filter or reload must not land in the current list.
  const request = useRef(0);
  const filterKey = JSON.stringify(filter);

  const fetchPage = useCallback(
    async (after: string | null, append: boolean) => {
      if (!workspaceId) return;
      const id = ++request.current;
      setLoading(true);
      const result = await client
        .query(
          AlertsDocument,
          { workspaceId, filter: JSON.parse(filterKey) as AlertFilter, order, first: pageSize, after },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (id !== request.current) return;
      setLoading(false);
      setError(result.error);
      const connection = result.data?.alerts;
      if (!connection) return;
      const page = connection.edges.map((e) => e.node);
      setAlerts((previous) => {
        if (!append) return page;
        const known = new Set(previous.map((a) => a.id));
        return [...previous, ...page.filter((a) => !known.has(a.id))];
      });
      setCursor(connection.pageInfo.endCursor ?? null);
      setHasMore(connection.pageInfo.hasNextPage);
    },
    [client, workspaceId, filterKey, order, pageSize],
  );

  useEffect(() => {
    void fetchPage(null, false);
  }, [fetchPage, generation]);

  return {
    alerts,
    hasMore,
    loading,
    error,
    loadMore: () => void fetchPage(cursor, true),
    reload: () => setGeneration((g) => g + 1),
    replace: (alert) => setAlerts((list) => list.map((a) => (a.id === alert.id ? alert : a))),
    replaceAll: (changed) => {
      const byId = new Map(changed.map((a) => [a.id, a]));
      setAlerts((list) => list.map((a) => byId.get(a.id) ?? a));
    },
  };
}
