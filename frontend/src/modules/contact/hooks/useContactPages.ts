import { ContactsDocument } from '../../../generated/graphql';
import { useQueryPages } from '../../paging/useQueryPages';
import { toContactFilter } from '../listState';
import type { ContactListState } from '../types/Contact';

/** The contacts the grid's state selects, as a window of pages the grid scrolls through. */
export function useContactPages(workspaceId: string | undefined, state: ContactListState) {
  const search = state.search.trim() || null;
  const variables = workspaceId
    ? { workspaceId, search, filter: toContactFilter(state), orderBy: state.orderBy }
    : null;
  return useQueryPages(ContactsDocument, variables, (data) => data.contacts);
}
