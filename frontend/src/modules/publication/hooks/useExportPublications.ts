import { ExportPublicationsDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useExportPublications() {
  return useInvalidatingMutation(ExportPublicationsDocument);
}
