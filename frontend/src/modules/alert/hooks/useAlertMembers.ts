import { AlertMembersDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The usernames an alert can be assigned to, sorted; only asked for when the user may assign. */
export function useAlertMembers(workspaceId: string, canAssign: boolean) {
  const { data } = useWatchedQuery({
    query: AlertMembersDocument,
    variables: { id: workspaceId },
    pause: !canAssign,
  });
  return data?.workspace.members;
}
