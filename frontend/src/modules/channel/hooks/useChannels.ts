import { ChannelListDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The workspace's channels; refetched after any change to a channel. */
export function useChannels(workspaceId: string | null) {
  const result = useWatchedQuery(
    { query: ChannelListDocument, variables: { workspaceId: workspaceId ?? '' }, pause: !workspaceId },
    ['Channel'],
  );
  return { ...result, channels: result.data?.channels };
}
