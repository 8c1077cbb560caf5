import { ExcludeFromTargetGroupDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useExcludeFromTargetGroup() {
  return useInvalidatingMutation(ExcludeFromTargetGroupDocument);
}
