import { TargetGroupChangesDocument, type TargetGroupChangeKind } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

export const CHANGES_PAGE_SIZE = 20;

/** One page of the contacts who joined (or left) the group on a recorded day from `since` on, by day. */
export function useTargetGroupChanges(
  workspaceId: string,
  id: string,
  kind: TargetGroupChangeKind,
  since: string,
  after: string | null,
) {
  const result = useWatchedQuery(
    {
      query: TargetGroupChangesDocument,
      variables: { workspaceId, id, kind, since, first: CHANGES_PAGE_SIZE, after },
    },
    ['TargetGroupChange'],
  );
  const connection = result.data?.targetGroupChanges;
  return { ...result, changes: connection?.edges.map((edge) => edge.node), pageInfo: connection?.pageInfo };
}
