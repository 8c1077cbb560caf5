import { UpdatePublicationDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdatePublication() {
  return useInvalidatingMutation(UpdatePublicationDocument);
}
