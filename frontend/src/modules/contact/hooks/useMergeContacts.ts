import { MergeContactsDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/**
 * Merges one contact into another. The answer is the survivor; what moved to it (purchases, equipment, consent,
 * timeline) and the pairs and companies that counted the merged contact are declared here.
 */
export function useMergeContacts() {
  return useInvalidatingMutation(MergeContactsDocument, [
    'Contact',
    'Company',
    'ContactDuplicate',
    'Purchase',
    'Equipment',
    'Consent',
    'ConsentChange',
    'TimelineEntry',
    'AnalyticValue',
    'TargetGroup',
  ]);
}
