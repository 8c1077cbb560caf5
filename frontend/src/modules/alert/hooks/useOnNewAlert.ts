import { useEffect, useRef } from 'react';
import { useAlertFeed } from './useAlertFeed';

/**
 * Calls `refetch` whenever an alert arrives live while the caller is shown. The feed has its own graphql-ws
 * connection, outside urql's cache, so an alert cannot invalidate cached answers by type; the hooks of queries
 * that an alert makes stale (the balance, the urgent cells) refetch through this.
 */
export function useOnNewAlert(refetch: () => void) {
  const { lastId } = useAlertFeed();
  const seen = useRef(lastId);
  useEffect(() => {
    if (lastId === seen.current) return;
    seen.current = lastId;
    refetch();
  }, [lastId, refetch]);
}
