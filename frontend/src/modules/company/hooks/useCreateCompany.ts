import { CreateCompanyDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateCompany() {
  return useInvalidatingMutation(CreateCompanyDocument);
}
