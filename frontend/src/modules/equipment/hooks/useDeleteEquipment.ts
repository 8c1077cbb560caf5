import { DeleteEquipmentDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeleteEquipment() {
  return useInvalidatingMutation(DeleteEquipmentDocument, ['Equipment']);
}
