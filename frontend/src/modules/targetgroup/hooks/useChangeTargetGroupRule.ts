import { ChangeTargetGroupRuleDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useChangeTargetGroupRule() {
  return useInvalidatingMutation(ChangeTargetGroupRuleDocument);
}
