import { UpdateAnalyticDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateAnalytic() {
  return useInvalidatingMutation(UpdateAnalyticDocument, ['Analytic']);
}
