import { DeleteBrandDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeleteBrand() {
  return useInvalidatingMutation(DeleteBrandDocument, ['Brand']);
}
