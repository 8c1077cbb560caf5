import { PublicationStatsDocument, type PublicationStatsQueryVariables } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** The grouped statistics; `variables` is null while the period or the filters are not valid. */
export function usePublicationStats(
  variables: PublicationStatsQueryVariables | null,
  fallback: PublicationStatsQueryVariables,
) {
  return useWatchedQuery({
    query: PublicationStatsDocument,
    variables: variables ?? fallback,
    pause: !variables,
  });
}
