import { TargetGroupHistoryDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** A group's daily records of the days [from, to] (both inclusive), oldest first; watched so a first record shows. */
export function useTargetGroupHistory(workspaceId: string, id: string, from: string, to: string) {
  const result = useWatchedQuery({ query: TargetGroupHistoryDocument, variables: { workspaceId, id, from, to } }, [
    'TargetGroupDay',
  ]);
  return { ...result, days: result.data?.targetGroupHistory };
}
