import { UpdateChannelDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateChannel() {
  return useInvalidatingMutation(UpdateChannelDocument);
}
