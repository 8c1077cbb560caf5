import { TargetGroupContactSearchDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** Contacts whose name or email starts with the text (two characters at least), to include one by hand. */
export function useContactSearch(workspaceId: string, search: string) {
  const text = search.trim();
  const result = useWatchedQuery({
    query: TargetGroupContactSearchDocument,
    variables: { workspaceId, search: text },
    pause: text.length < 2,
  });
  return { ...result, contacts: result.data?.contacts.edges.map((edge) => edge.node) };
}
