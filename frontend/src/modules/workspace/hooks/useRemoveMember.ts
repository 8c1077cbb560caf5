import { RemoveMemberDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useRemoveMember() {
  return useInvalidatingMutation(RemoveMemberDocument);
}
