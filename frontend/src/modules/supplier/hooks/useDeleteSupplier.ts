import { DeleteSupplierDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeleteSupplier() {
  return useInvalidatingMutation(DeleteSupplierDocument, ['Supplier']);
}
