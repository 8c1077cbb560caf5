import { ContactDuplicatesDocument, type DuplicateReason } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

export const DUPLICATES_PAGE_SIZE = 20;

/**
 * One page of suspected duplicate pairs after the cursor (null: the first page), of one reason or all. Watches the pair
 * type so that a dismissal (which answers a Boolean) or a merge drops the page.
 */
export function useContactDuplicates(workspaceId: string | null, reason: DuplicateReason | null, after: string | null) {
  const result = useWatchedQuery(
    {
      query: ContactDuplicatesDocument,
      variables: { workspaceId: workspaceId ?? '', reason, first: DUPLICATES_PAGE_SIZE, after },
      pause: !workspaceId,
    },
    ['ContactDuplicate'],
  );
  const connection = result.data?.contactDuplicates;
  return { ...result, pairs: connection?.edges.map((edge) => edge.node), pageInfo: connection?.pageInfo };
}
