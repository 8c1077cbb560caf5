import { DeleteSavedViewDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeleteSavedView() {
  return useInvalidatingMutation(DeleteSavedViewDocument, ['SavedView']);
}
