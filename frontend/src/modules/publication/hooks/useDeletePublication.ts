import { DeletePublicationDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeletePublication() {
  return useInvalidatingMutation(DeletePublicationDocument, ['Publication']);
}
