import { UpdateBalanceSettingsDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

// The thresholds decide each cell's urgency, so the urgent-cell ranking changes with them (the matrix and the
// trend carry the settings type in their answers and are invalidated by it anyway).
export function useUpdateBalanceSettings() {
  return useInvalidatingMutation(UpdateBalanceSettingsDocument, ['BalanceCellConnection']);
}
