import { CreateContactDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** A contact's company counts its contacts. */
export function useCreateContact() {
  return useInvalidatingMutation(CreateContactDocument, ['Company']);
}
