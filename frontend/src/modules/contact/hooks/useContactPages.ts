import { useClient } from 'urql';
import { ContactsDocument } from '../../../generated/graphql';
import { useConnectionWindow } from '../../paging/useConnectionWindow';
import { toContactFilter } from '../listState';
import type { Contact, ContactListState } from '../types/Contact';

/** The contacts the grid's state selects, as a window of pages the grid scrolls through. */
export function useContactPages(workspaceId: string | undefined, state: ContactListState) {
  const client = useClient();
  const search = state.search.trim() || null;
  const filter = toContactFilter(state);
  const key = workspaceId ? JSON.stringify([workspaceId, search, filter, state.orderBy]) : null;
  return useConnectionWindow<Contact>(key, async (first, after) => {
    const result = await client
      .query(
        ContactsDocument,
        { workspaceId: workspaceId ?? '', search, filter, orderBy: state.orderBy, first, after },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('no data');
    return result.data.contacts;
  });
}
