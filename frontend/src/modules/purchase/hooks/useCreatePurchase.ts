import { CreatePurchaseDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreatePurchase() {
  return useInvalidatingMutation(CreatePurchaseDocument, ['Purchase']);
}
