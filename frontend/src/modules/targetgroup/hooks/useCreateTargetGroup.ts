import { CreateTargetGroupDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateTargetGroup() {
  return useInvalidatingMutation(CreateTargetGroupDocument);
}
