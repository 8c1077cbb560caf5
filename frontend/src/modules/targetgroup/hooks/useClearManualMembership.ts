import { ClearManualMembershipDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useClearManualMembership() {
  return useInvalidatingMutation(ClearManualMembershipDocument);
}
