import { RecordTargetGroupHistoryDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** Records today's membership of every group now; the days have no id, and the changes are not in the answer. */
export function useRecordTargetGroupHistory() {
  return useInvalidatingMutation(RecordTargetGroupHistoryDocument, ['TargetGroupDay', 'TargetGroupChange']);
}
