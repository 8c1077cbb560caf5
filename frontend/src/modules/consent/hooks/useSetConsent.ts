import { SetConsentDocument } from '../../../generated/graphql';
import { useInvalidatingMutation } from '../../api/operations';

/** A consent change also writes a line of the contact's timeline. */
export function useSetConsent() {
  return useInvalidatingMutation(SetConsentDocument, ['TimelineEntry']);
}
