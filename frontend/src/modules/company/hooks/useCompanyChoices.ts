import { CompanyChoicesDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

const CHOICES = 20;

/** The first companies whose name starts with `search`, for a picker; refetched after a change to a company. */
export function useCompanyChoices(workspaceId: string | null, search: string) {
  const result = useWatchedQuery(
    {
      query: CompanyChoicesDocument,
      variables: { workspaceId: workspaceId ?? '', search: search.trim() || null, first: CHOICES },
      pause: !workspaceId,
    },
    ['Company'],
  );
  return { ...result, choices: result.data?.companies.edges.map((edge) => edge.node) };
}
