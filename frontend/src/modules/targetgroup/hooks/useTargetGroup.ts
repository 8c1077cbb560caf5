import { TargetGroupDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** One target group with its current rule and its versions. */
export function useTargetGroup(workspaceId: string | null, id: string) {
  const result = useWatchedQuery({
    query: TargetGroupDocument,
    variables: { workspaceId: workspaceId ?? '', id },
    pause: !workspaceId || !id,
  });
  return { ...result, targetGroup: result.data?.targetGroup };
}
