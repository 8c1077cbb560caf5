import type { ConsentChannel, ConsentState, DuplicateReason } from '../../generated/graphql';
import type { Contact } from './types/Contact';

const REASONS = { EMAIL: true, PHONE: true, NAME: true } as const satisfies Record<DuplicateReason, true>;
export const DUPLICATE_REASONS = Object.keys(REASONS) as readonly DuplicateReason[];

/** The reason in the address (`?reason=EMAIL`), or null for any; anything else counts as any. */
export function reasonOf(value: string | null): DuplicateReason | null {
  return DUPLICATE_REASONS.find((r) => r === value) ?? null;
}

/** Where two contacts are merged; the first is offered as the one that stays. */
export function mergePath(contactId: string, otherId: string): string {
  return `/contacts/duplicates/merge?${new URLSearchParams({ contact: contactId, other: otherId })}`;
}

/** The fields a merge fills on the survivor where it is blank and the merged contact has a value. */
export const FILLED_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'position',
  'company',
  'addressLine',
  'postalCode',
  'city',
  'country',
  'preferredLanguage',
  'externalId',
] as const;
export type FilledField = (typeof FILLED_FIELDS)[number];

type Fillable = Readonly<Record<Exclude<FilledField, 'company'>, string | null> & { company: { id: string } | null }>;

const blank = (value: unknown) => value === null || value === undefined || value === '';

/** Which of the survivor's blank fields the merged contact's values fill (the server's rule, for the preview). */
export function filledFields(survivor: Fillable, merged: Fillable): FilledField[] {
  return FILLED_FIELDS.filter((field) => blank(survivor[field]) && !blank(merged[field]));
}

/** How many of something a contact holds, counted up to a page: `more` when there are more. */
export type Held = Readonly<{ count: number; more: boolean }>;

export type HeldConsent = Readonly<{ channel: ConsentChannel; state: ConsentState; changedAt?: string | null }>;

/** One contact of a merge and what the merge keeps of them. */
export type Candidate = Readonly<{
  contact: Contact;
  consents: readonly HeldConsent[];
  purchases: Held;
  equipment: Held;
  timeline: Held;
}>;

/**
 * The consent per channel after a merge: the more recent change of the two wins, on a tie (or neither changed) the
 * survivor's. (The server also counts a withdrawal cleared to unknown as a change; the preview sees current states.)
 */
export function mergedConsents(survivor: readonly HeldConsent[], merged: readonly HeldConsent[]): HeldConsent[] {
  return survivor.map((own) => {
    const theirs = merged.find((c) => c.channel === own.channel);
    const later = theirs?.changedAt && (!own.changedAt || theirs.changedAt > own.changedAt);
    return later ? theirs : own;
  });
}
