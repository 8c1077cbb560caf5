import { CreateSegmentDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateSegment() {
  return useInvalidatingMutation(CreateSegmentDocument);
}
