import { SegmentListDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The workspace's segments; refetched after any change to a segment. */
export function useSegments(workspaceId: string | null) {
  const result = useWatchedQuery(
    { query: SegmentListDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Segment'],
  );
  return { ...result, segments: result.data?.segments };
}
