import { RenameWorkspaceDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useRenameWorkspace() {
  return useInvalidatingMutation(RenameWorkspaceDocument);
}
