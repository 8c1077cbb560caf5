import { CreateChannelDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateChannel() {
  return useInvalidatingMutation(CreateChannelDocument);
}
