import { useMemo } from 'react';
import { PublicationFilterOptionsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';
import type { FilterOptions } from '../types/Publication';

const EMPTY: FilterOptions = { brands: [], channels: [], segments: [] };

/** Brands, channels (with their publishers) and segments of the workspace, for the filter bar and forms. */
export function useFilterOptions(workspaceId: string | undefined) {
  const { data, error, fetching, retry } = useWatchedQuery(
    { query: PublicationFilterOptionsDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Brand', 'Channel', 'Segment'],
  );
  const options = data ?? EMPTY;
  const publishers = useMemo(
    () =>
      [...new Set(options.channels.map((c) => c.publisher).filter((p): p is string => Boolean(p)))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [options.channels],
  );
  return {
    options,
    publishers,
    error,
    loaded: data !== undefined || error !== undefined,
    fetching,
    retry,
  };
}
