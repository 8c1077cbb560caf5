import { ResolveAlertsDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** Resolves many alerts at once with one comment. */
export function useResolveAlerts() {
  return useInvalidatingMutation(ResolveAlertsDocument);
}
