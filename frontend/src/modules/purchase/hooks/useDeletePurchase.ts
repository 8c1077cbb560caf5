import { DeletePurchaseDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeletePurchase() {
  return useInvalidatingMutation(DeletePurchaseDocument, ['Purchase']);
}
