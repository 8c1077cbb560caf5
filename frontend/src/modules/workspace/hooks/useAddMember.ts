import { AddMemberDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useAddMember() {
  return useInvalidatingMutation(AddMemberDocument);
}
