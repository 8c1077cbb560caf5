import { UrgentCellsDocument, type UrgentCellsQueryVariables } from '../../../generated/graphql';
import { useOnNewAlert } from '../../alert/hooks/useOnNewAlert';
import { useWatchedQuery } from '../../api/operations';

/** The cells ranked by gap; asked again when an alert arrives (an alert means a cell changed). */
export function useUrgentCells(variables: UrgentCellsQueryVariables) {
  const result = useWatchedQuery({ query: UrgentCellsDocument, variables });
  useOnNewAlert(result.retry);
  return result;
}
