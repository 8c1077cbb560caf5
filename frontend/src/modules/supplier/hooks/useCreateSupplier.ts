import { CreateSupplierDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateSupplier() {
  return useInvalidatingMutation(CreateSupplierDocument);
}
