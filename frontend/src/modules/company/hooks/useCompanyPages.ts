import { CompaniesDocument } from '../../../generated/graphql';
import { useQueryPages } from '../../paging/useQueryPages';
import { toCompanyFilter } from '../listState';
import type { CompanyListState } from '../types/Company';

/** The companies the grid's state selects, as a window of pages the grid scrolls through. */
export function useCompanyPages(workspaceId: string | undefined, state: CompanyListState) {
  const search = state.search.trim() || null;
  const variables = workspaceId
    ? { workspaceId, search, filter: toCompanyFilter(state), orderBy: state.orderBy }
    : null;
  return useQueryPages(CompaniesDocument, variables, (data) => data.companies);
}
