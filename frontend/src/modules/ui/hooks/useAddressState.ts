import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebounced } from './useDebounced';

const TYPING_PAUSE_MS = 300;

/**
 * A list page's state kept in the address (see addressState.ts): the state read from the query parameters, a
 * `change` that writes a new state there (replacing the entry, so Back leaves the page rather than undoing each
 * filter), and the search field's text, which reaches the address once typing pauses.
 */
export function useAddressState<S extends { search: string }>(
  read: (params: URLSearchParams) => S,
  write: (state: S) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const state = read(params);
  const change = useCallback(
    (patch: Partial<S>) => setParams((now) => write({ ...read(now), ...patch }), { replace: true }),
    [setParams, read, write],
  );
  const [searchText, setSearchText] = useState(state.search);
  const settled = useDebounced(searchText, TYPING_PAUSE_MS);
  useEffect(() => {
    if (settled.trim() !== state.search) change({ search: settled } as Partial<S>);
    // Only a pause in typing writes the search; a search set otherwise (a saved view) is taken below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  useEffect(() => {
    setSearchText((typed) => (typed.trim() === state.search ? typed : state.search));
  }, [state.search]);
  return { state, change, searchText, setSearchText };
}
