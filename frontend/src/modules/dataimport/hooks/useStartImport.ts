import { StartImportDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useStartImport() {
  return useInvalidatingMutation(StartImportDocument);
}
