import { DismissContactDuplicateDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** Marks a pair as not duplicates; the lists of pairs and the quality figures behind them change. */
export function useDismissContactDuplicate() {
  return useInvalidatingMutation(DismissContactDuplicateDocument, ['ContactDuplicate', 'Contact']);
}
