import { UpdateBrandDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateBrand() {
  return useInvalidatingMutation(UpdateBrandDocument);
}
