import type { GridDataProvider } from '@vaadin/react-components/Grid.js';
import { useCallback, useEffect, useState } from 'react';
import type { ErrorSource } from '../api/graphqlErrors';
import type { ConnectionWindow } from '../publication/connectionWindow';

export type ListState = { kind: 'loading' } | { kind: 'ready'; total: number } | { kind: 'failed'; error: ErrorSource };

/** The first page's outcome (loading, the total count, or the error) and a Vaadin grid's data provider over a window. */
export function useGridPages<T>(pages: ConnectionWindow<T> | null, pageSize: number) {
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  useEffect(() => {
    if (!pages) return;
    let live = true;
    setList({ kind: 'loading' });
    pages
      .range(0, pageSize)
      .then(({ totalCount }) => live && setList({ kind: 'ready', total: totalCount }))
      .catch((error: ErrorSource) => live && setList({ kind: 'failed', error }));
    return () => {
      live = false;
    };
  }, [pages, pageSize]);
  const dataProvider = useCallback<GridDataProvider<T>>(
    (params, callback) => {
      if (!pages) {
        callback([], 0);
        return;
      }
      pages
        .range(params.page * params.pageSize, params.pageSize)
        .then(({ items, totalCount }) => callback(items, totalCount))
        .catch((error: ErrorSource) => setList({ kind: 'failed', error }));
    },
    [pages],
  );
  return { list, dataProvider };
}
