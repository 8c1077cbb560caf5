import { TargetGroupMembersDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

export const MEMBERS_PAGE_SIZE = 50;

/** One page of a target group's members, after the cursor (null: the first page); as current as the count. */
export function useTargetGroupMembers(workspaceId: string, id: string, after: string | null) {
  const result = useWatchedQuery({
    query: TargetGroupMembersDocument,
    variables: { workspaceId, id, first: MEMBERS_PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const members = result.data?.targetGroup.members;
  return { ...result, members: members?.edges.map((edge) => edge.node), pageInfo: members?.pageInfo };
}
