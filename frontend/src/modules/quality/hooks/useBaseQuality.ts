import { BaseQualityDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The daily quality records of the days [from, to] (both inclusive), oldest first; watched so the first record shows. */
export function useBaseQuality(workspaceId: string | null, from: string, to: string) {
  const result = useWatchedQuery(
    { query: BaseQualityDocument, variables: { workspaceId: workspaceId ?? '', from, to }, pause: !workspaceId },
    ['BaseQualityDay'],
  );
  return { ...result, days: result.data?.baseQuality };
}
