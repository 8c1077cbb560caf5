import { UpdateSupplierDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateSupplier() {
  return useInvalidatingMutation(UpdateSupplierDocument);
}
