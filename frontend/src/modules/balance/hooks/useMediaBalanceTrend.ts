import { MediaBalanceTrendDocument, type MediaBalanceTrendQueryVariables } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

export function useMediaBalanceTrend(variables: MediaBalanceTrendQueryVariables) {
  return useWatchedQuery({ query: MediaBalanceTrendDocument, variables });
}
