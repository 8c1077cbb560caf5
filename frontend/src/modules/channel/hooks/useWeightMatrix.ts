import { WeightMatrixDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** Channels (rows), segments (columns) and the non-zero weights; refetched when any of them changes. */
export function useWeightMatrix(workspaceId: string | null) {
  return useWatchedQuery(
    { query: WeightMatrixDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Channel', 'Segment', 'ChannelWeight'],
  );
}
