import { ContactDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** One contact for their card, with their consent; refetched after a change to a contact. */
export function useContact(workspaceId: string | null, id: string) {
  const result = useWatchedQuery(
    { query: ContactDocument, variables: { workspaceId: workspaceId ?? '', id }, pause: !workspaceId },
    ['Contact'],
  );
  return { ...result, contact: result.data?.contact };
}
