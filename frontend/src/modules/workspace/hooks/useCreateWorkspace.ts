import { CreateWorkspaceDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

export function useCreateWorkspace() {
  return useInvalidatingMutation(CreateWorkspaceDocument);
}
