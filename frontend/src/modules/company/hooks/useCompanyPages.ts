import { useClient } from 'urql';
import { CompaniesDocument } from '../../../generated/graphql';
import { useConnectionWindow } from '../../paging/useConnectionWindow';
import { toCompanyFilter } from '../listState';
import type { Company, CompanyListState } from '../types/Company';

/** The companies the grid's state selects, as a window of pages the grid scrolls through. */
export function useCompanyPages(workspaceId: string | undefined, state: CompanyListState) {
  const client = useClient();
  const search = state.search.trim() || null;
  const filter = toCompanyFilter(state);
  const key = workspaceId ? JSON.stringify([workspaceId, search, filter, state.orderBy]) : null;
  return useConnectionWindow<Company>(key, async (first, after) => {
    const result = await client
      .query(
        CompaniesDocument,
        { workspaceId: workspaceId ?? '', search, filter, orderBy: state.orderBy, first, after },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('no data');
    return result.data.companies;
  });
}
