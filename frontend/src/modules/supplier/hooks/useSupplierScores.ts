import { SupplierDirectoryScoresDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** Each supplier's overall score and track record, for the directory; refetched after a change to a supplier. */
export function useSupplierScores(workspaceId: string | null) {
  const result = useWatchedQuery(
    { query: SupplierDirectoryScoresDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Supplier', 'SupplierEngagement'],
  );
  return { ...result, scores: result.data?.suppliers };
}
