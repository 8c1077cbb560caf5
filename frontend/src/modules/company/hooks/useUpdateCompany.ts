import { UpdateCompanyDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateCompany() {
  return useInvalidatingMutation(UpdateCompanyDocument);
}
