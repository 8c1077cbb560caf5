import { CreateEquipmentDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateEquipment() {
  return useInvalidatingMutation(CreateEquipmentDocument, ['Equipment']);
}
