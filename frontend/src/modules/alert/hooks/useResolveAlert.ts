import { ResolveAlertDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useResolveAlert() {
  return useInvalidatingMutation(ResolveAlertDocument);
}
