import { SavedViewsDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The signed-in member's saved views of one screen; refetched after any change to a saved view. */
export function useSavedViews(workspaceId: string | null, screen: string) {
  const result = useWatchedQuery(
    { query: SavedViewsDocument, variables: { workspaceId: workspaceId ?? '', screen }, pause: !workspaceId },
    ['SavedView'],
  );
  return { ...result, views: result.data?.savedViews };
}
