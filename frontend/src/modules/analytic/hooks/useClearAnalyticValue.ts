import { ClearAnalyticValueDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useClearAnalyticValue() {
  return useInvalidatingMutation(ClearAnalyticValueDocument, ['AnalyticValue']);
}
