import { UpdateSegmentDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useUpdateSegment() {
  return useInvalidatingMutation(UpdateSegmentDocument);
}
