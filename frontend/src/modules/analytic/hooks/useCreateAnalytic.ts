import { CreateAnalyticDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateAnalytic() {
  return useInvalidatingMutation(CreateAnalyticDocument, ['Analytic']);
}
