import { UpdateTargetGroupDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateTargetGroup() {
  return useInvalidatingMutation(UpdateTargetGroupDocument);
}
