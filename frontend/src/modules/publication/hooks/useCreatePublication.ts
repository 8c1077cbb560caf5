import { CreatePublicationDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';
import { PUBLICATION_DEPENDENTS } from './publicationDependents';

export function useCreatePublication() {
  return useInvalidatingMutation(CreatePublicationDocument, PUBLICATION_DEPENDENTS);
}
