import { SetAnalyticValueDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** The first value of a record is a new AnalyticValue: its record's list must learn of it. */
export function useSetAnalyticValue() {
  return useInvalidatingMutation(SetAnalyticValueDocument, ['AnalyticValue']);
}
