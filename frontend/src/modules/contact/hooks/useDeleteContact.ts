import { DeleteContactDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeleteContact() {
  return useInvalidatingMutation(DeleteContactDocument, ['Contact', 'Company']);
}
