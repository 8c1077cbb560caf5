import { RecordBaseQualityDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** Records today's figures now (replacing today's record); the record has no id, so the lists are told by type. */
export function useRecordBaseQuality() {
  return useInvalidatingMutation(RecordBaseQualityDocument, ['BaseQualityDay']);
}
