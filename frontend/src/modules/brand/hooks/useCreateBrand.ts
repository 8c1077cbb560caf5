import { CreateBrandDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateBrand() {
  return useInvalidatingMutation(CreateBrandDocument);
}
