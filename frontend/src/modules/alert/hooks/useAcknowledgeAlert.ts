import { AcknowledgeAlertDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useAcknowledgeAlert() {
  return useInvalidatingMutation(AcknowledgeAlertDocument);
}
