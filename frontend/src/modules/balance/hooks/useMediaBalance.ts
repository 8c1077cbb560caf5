import { MediaBalanceDocument, type MediaBalanceQueryVariables } from '../../../generated/graphql';
import { useOnNewAlert } from '../../alert/hooks/useOnNewAlert';
import { useWatchedQuery } from '../../api/operations';

/** The balance matrix; asked again when an alert arrives, so the heatmap shows the cell that changed. */
export function useMediaBalance(variables: MediaBalanceQueryVariables, ready: boolean) {
  const result = useWatchedQuery({ query: MediaBalanceDocument, variables, pause: !ready });
  useOnNewAlert(result.retry);
  return result;
}
