import { useCallback, useMemo, useState } from 'react';
import { useClient } from 'urql';
import { PublicationsDocument, type PublicationFilter } from '../../../generated/graphql';
import { ConnectionWindow } from '../connectionWindow';
import type { Publication, PublicationOrder } from '../types/Publication';

/**
 * The publications as a window of pages that the grid reads from, one window per workspace, filter and order.
 * The window is the cache here (the grid asks for pages as it scrolls), so its pages are always fetched from the
 * server; `reload` starts a new window after a create or delete changes what the pages hold.
 */
export function usePublicationPages(
  workspaceId: string | undefined,
  filter: PublicationFilter | undefined,
  orderBy: PublicationOrder,
  blocked: boolean,
) {
  const client = useClient();
  const [reloads, setReloads] = useState(0);
  const pages = useMemo(() => {
    if (!workspaceId || blocked) return null;
    return new ConnectionWindow<Publication>(async (first, after) => {
      const result = await client
        .query(PublicationsDocument, { workspaceId, filter, first, after, orderBy }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('no data');
      return result.data.publications;
    });
    // `reloads` is what asks for a new window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, workspaceId, filter, orderBy, blocked, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { pages, reload };
}
