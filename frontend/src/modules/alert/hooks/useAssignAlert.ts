import { AssignAlertDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useAssignAlert() {
  return useInvalidatingMutation(AssignAlertDocument);
}
