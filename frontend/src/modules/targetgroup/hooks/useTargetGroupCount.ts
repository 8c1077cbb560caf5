import { TargetGroupCountDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/**
 * How many contacts a target group has now. Asked again whenever it is shown: a target group is always current, and
 * changes of contacts (imports, edits elsewhere) reach no cache here.
 */
export function useTargetGroupCount(workspaceId: string, id: string) {
  const result = useWatchedQuery({
    query: TargetGroupCountDocument,
    variables: { workspaceId, id },
    requestPolicy: 'cache-and-network',
  });
  return { ...result, count: result.data?.targetGroup.count };
}
