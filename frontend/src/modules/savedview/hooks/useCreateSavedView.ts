import { CreateSavedViewDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateSavedView() {
  return useInvalidatingMutation(CreateSavedViewDocument);
}
