import { TargetGroupDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/**
 * One target group with its current rule and its versions; asked again whenever shown, as another user may have made a
 * new version meanwhile (and the page shown right after saving one must list it).
 */
export function useTargetGroup(workspaceId: string | null, id: string) {
  const result = useWatchedQuery({
    query: TargetGroupDocument,
    variables: { workspaceId: workspaceId ?? '', id },
    pause: !workspaceId || !id,
    requestPolicy: 'cache-and-network',
  });
  return { ...result, targetGroup: result.data?.targetGroup };
}
