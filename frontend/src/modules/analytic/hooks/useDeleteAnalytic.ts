import { DeleteAnalyticDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** Deleting an analytic deletes every record's value of it. */
export function useDeleteAnalytic() {
  return useInvalidatingMutation(DeleteAnalyticDocument, ['Analytic', 'AnalyticValue']);
}
