import { AnalyticValuesDocument } from '../../../generated/graphql';
import { useWatchedQuery } from '../../api/operations';

/** A company's or contact's analytic values; refetched after a value or an analytic changes. */
export function useAnalyticValues(workspaceId: string, recordId: string) {
  const result = useWatchedQuery({ query: AnalyticValuesDocument, variables: { workspaceId, recordId } }, [
    'AnalyticValue',
    'Analytic',
  ]);
  return { ...result, values: result.data?.analyticValues };
}
