import type { ContactInput } from '../../generated/graphql';
import { inputLimits } from '../../generated/input-limits';
import { isEmailAddress } from '../supplier/validation';
import { draftErrors, longerThan } from '../ui/forms/validation';
import type { Contact, ContactDraft } from './types/Contact';

const LIMITS = inputLimits.ContactInput;
export const CONTACT_LIMITS = {
  firstName: LIMITS.firstName.maxLength,
  lastName: LIMITS.lastName.maxLength,
  email: LIMITS.email.maxLength,
  phone: LIMITS.phone.maxLength,
  position: LIMITS.position.maxLength,
  addressLine: LIMITS.addressLine.maxLength,
  postalCode: LIMITS.postalCode.maxLength,
  city: LIMITS.city.maxLength,
  externalId: LIMITS.externalId.maxLength,
} as const;
const PHONE = new RegExp(LIMITS.phone.pattern);
const COUNTRY = new RegExp(LIMITS.country.pattern);
const LANGUAGE = new RegExp(LIMITS.preferredLanguage.pattern);

export function contactDraftOf(contact: Contact | null | undefined): ContactDraft {
  return {
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    position: contact?.position ?? '',
    keyStaff: contact?.keyStaff ?? false,
    management: contact?.management ?? false,
    companyId: contact?.company?.id ?? '',
    addressLine: contact?.addressLine ?? '',
    postalCode: contact?.postalCode ?? '',
    city: contact?.city ?? '',
    country: contact?.country ?? '',
    preferredLanguage: contact?.preferredLanguage ?? '',
    externalId: contact?.externalId ?? '',
  };
}

/**
 * Mirrors the server's ContactInput rules: a first name, last name or email (NAME_OR_EMAIL_MISSING, shown on the
 * first name), a valid email, phone characters, a two-letter country code and a language tag.
 */
export function validateContact(draft: ContactDraft) {
  const email = draft.email.trim();
  const country = draft.country.trim().toUpperCase();
  const language = draft.preferredLanguage.trim();
  const unnamed = !draft.firstName.trim() && !draft.lastName.trim() && !email;
  return draftErrors<keyof ContactDraft>({
    firstName: unnamed
      ? { key: 'errors.reasons.NAME_OR_EMAIL_MISSING' }
      : longerThan(draft.firstName.trim(), CONTACT_LIMITS.firstName),
    lastName: longerThan(draft.lastName.trim(), CONTACT_LIMITS.lastName),
    email:
      longerThan(email, CONTACT_LIMITS.email) ??
      (email !== '' && !isEmailAddress(email) ? { key: 'validation.email' } : undefined),
    phone:
      longerThan(draft.phone.trim(), CONTACT_LIMITS.phone) ??
      (PHONE.test(draft.phone.trim()) ? undefined : { key: 'validation.phone' }),
    position: longerThan(draft.position.trim(), CONTACT_LIMITS.position),
    addressLine: longerThan(draft.addressLine.trim(), CONTACT_LIMITS.addressLine),
    postalCode: longerThan(draft.postalCode.trim(), CONTACT_LIMITS.postalCode),
    city: longerThan(draft.city.trim(), CONTACT_LIMITS.city),
    country: country === '' || COUNTRY.test(country) ? undefined : { key: 'contacts.validation.country' },
    preferredLanguage: language === '' || LANGUAGE.test(language) ? undefined : { key: 'contacts.validation.language' },
    externalId: longerThan(draft.externalId.trim(), CONTACT_LIMITS.externalId),
  });
}

/** What the API gets: trimmed text, blanks as absent, the country in upper case. */
export function toContactInput(draft: ContactDraft): ContactInput {
  const optional = (text: string) => text.trim() || null;
  return {
    firstName: optional(draft.firstName),
    lastName: optional(draft.lastName),
    email: optional(draft.email),
    phone: optional(draft.phone),
    position: optional(draft.position),
    keyStaff: draft.keyStaff,
    management: draft.management,
    companyId: draft.companyId || null,
    addressLine: optional(draft.addressLine),
    postalCode: optional(draft.postalCode),
    city: optional(draft.city),
    country: optional(draft.country.toUpperCase()),
    preferredLanguage: optional(draft.preferredLanguage),
    externalId: optional(draft.externalId),
  };
}
