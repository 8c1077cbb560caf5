import { draftErrors, requiredWithin } from '../ui/forms/validation';
import type { ConsentState } from './types/Consent';

// setConsent's source argument: required text of at most 200 characters.
export const CONSENT_SOURCE_MAX_LENGTH = 200;

export type ConsentDraft = { state: ConsentState; source: string };

/** Where the consent was given or withdrawn must be said: a change without it could not be defended. */
export function validateConsent(draft: ConsentDraft) {
  return draftErrors<keyof ConsentDraft>({ source: requiredWithin(draft.source.trim(), CONSENT_SOURCE_MAX_LENGTH) });
}
