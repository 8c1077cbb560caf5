import { TargetGroupsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The workspace's target groups; refetched after any change to one (the first one created included). */
export function useTargetGroups(workspaceId: string | null) {
  const result = useWatchedQuery(
    { query: TargetGroupsDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['TargetGroup'],
  );
  return { ...result, targetGroups: result.data?.targetGroups };
}
