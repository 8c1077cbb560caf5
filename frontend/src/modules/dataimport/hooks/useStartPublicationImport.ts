import { StartPublicationImportDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useStartPublicationImport() {
  return useInvalidatingMutation(StartPublicationImportDocument);
}
