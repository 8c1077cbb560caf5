import type { ConsentChannel, ConsentState, ContactConsentsFragment } from '../../../generated/graphql';

export type ContactConsents = ContactConsentsFragment;
export type Consent = ContactConsentsFragment['consents'][number];
export type ConsentChange = ContactConsentsFragment['consentHistory'][number];
export type { ConsentChannel, ConsentState };

const CHANNELS = { EMAIL: true, SMS: true, PHONE: true, POST: true } as const satisfies Record<ConsentChannel, true>;
const STATES = { GRANTED: true, WITHDRAWN: true, UNKNOWN: true } as const satisfies Record<ConsentState, true>;

/** In the order the API lists a contact's consents. */
export const CONSENT_CHANNELS = Object.keys(CHANNELS) as readonly ConsentChannel[];
export const CONSENT_STATES = Object.keys(STATES) as readonly ConsentState[];
