import { UpdateContactDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** A contact's company counts its contacts. */
export function useUpdateContact() {
  return useInvalidatingMutation(UpdateContactDocument, ['Company']);
}
