import { CompanyDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** One company for its card; refetched after a change to a company. */
export function useCompany(workspaceId: string | null, id: string) {
  const result = useWatchedQuery(
    { query: CompanyDocument, variables: { workspaceId: workspaceId ?? '', id }, pause: !workspaceId },
    ['Company'],
  );
  return { ...result, company: result.data?.company };
}
