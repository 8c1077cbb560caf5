import { RenameAnalyticOptionDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** Records holding the option hold the new name. */
export function useRenameAnalyticOption() {
  return useInvalidatingMutation(RenameAnalyticOptionDocument, ['AnalyticValue']);
}
