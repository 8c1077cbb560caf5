import { DeleteTargetGroupDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

// The answer is the deleted id: the lists that held the group are told by type name.
export function useDeleteTargetGroup() {
  return useInvalidatingMutation(DeleteTargetGroupDocument, ['TargetGroup']);
}
