import { AcknowledgeAlertsDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** Acknowledges many alerts at once (the open ones among them). */
export function useAcknowledgeAlerts() {
  return useInvalidatingMutation(AcknowledgeAlertsDocument);
}
