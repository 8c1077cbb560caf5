import { UpdateBalanceSettingsDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateBalanceSettings() {
  return useInvalidatingMutation(UpdateBalanceSettingsDocument);
}
