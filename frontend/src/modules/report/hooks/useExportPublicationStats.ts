import { ExportPublicationStatsDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useExportPublicationStats() {
  return useInvalidatingMutation(ExportPublicationStatsDocument);
}
