import { UpdateEquipmentDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateEquipment() {
  return useInvalidatingMutation(UpdateEquipmentDocument, ['Equipment']);
}
