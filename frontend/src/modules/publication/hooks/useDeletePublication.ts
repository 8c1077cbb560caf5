import { DeletePublicationDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';
import { PUBLICATION_DEPENDENTS } from './publicationDependents';

export function useDeletePublication() {
  return useInvalidatingMutation(DeletePublicationDocument, PUBLICATION_DEPENDENTS);
}
