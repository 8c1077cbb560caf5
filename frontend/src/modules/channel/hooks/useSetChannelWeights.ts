import { SetChannelWeightsDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useSetChannelWeights() {
  return useInvalidatingMutation(SetChannelWeightsDocument);
}
