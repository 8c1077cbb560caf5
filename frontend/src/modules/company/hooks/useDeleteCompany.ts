import { DeleteCompanyDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** Deleting a company also leaves its contacts without one. */
export function useDeleteCompany() {
  return useInvalidatingMutation(DeleteCompanyDocument, ['Company', 'Contact']);
}
