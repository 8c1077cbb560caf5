import { DeleteChannelDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeleteChannel() {
  return useInvalidatingMutation(DeleteChannelDocument, ['Channel']);
}
