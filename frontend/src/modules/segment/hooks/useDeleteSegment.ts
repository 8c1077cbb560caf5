import { DeleteSegmentDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useDeleteSegment() {
  return useInvalidatingMutation(DeleteSegmentDocument, ['Segment']);
}
