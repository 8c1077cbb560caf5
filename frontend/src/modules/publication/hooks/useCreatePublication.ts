import { CreatePublicationDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreatePublication() {
  return useInvalidatingMutation(CreatePublicationDocument);
}
