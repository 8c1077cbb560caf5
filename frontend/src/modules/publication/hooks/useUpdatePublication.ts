import { UpdatePublicationDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';
import { PUBLICATION_DEPENDENTS } from './publicationDependents';

export function useUpdatePublication() {
  return useInvalidatingMutation(UpdatePublicationDocument, PUBLICATION_DEPENDENTS);
}
