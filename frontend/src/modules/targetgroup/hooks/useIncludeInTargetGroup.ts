import { IncludeInTargetGroupDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useIncludeInTargetGroup() {
  return useInvalidatingMutation(IncludeInTargetGroupDocument);
}
