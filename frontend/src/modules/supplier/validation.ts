import type { SupplierInput } from '../../generated/graphql';
import { inputLimits } from '../../generated/input-limits';
import { draftErrors, longerThan, requiredWithin } from '../ui/forms/validation';
import type { Supplier, SupplierDraft, SupplierFilter } from './types/Supplier';

const LIMITS = inputLimits.SupplierInput;
export const SUPPLIER_NAME_MAX_LENGTH = LIMITS.name.maxLength;
export const SUPPLIER_CONTACT_NAME_MAX_LENGTH = LIMITS.contactName.maxLength;
export const SUPPLIER_EMAIL_MAX_LENGTH = LIMITS.email.maxLength;
export const SUPPLIER_PHONE_MAX_LENGTH = LIMITS.phone.maxLength;
export const SUPPLIER_NOTES_MAX_LENGTH = LIMITS.notes.maxLength;
/** The characters a phone number may have, as the server's @Pattern says. */
const PHONE_PATTERN = new RegExp(LIMITS.phone.pattern);

// The shape Hibernate Validator's @Email accepts: dot-separated atoms, an "@", dot-separated domain labels of
// letters and digits with inner hyphens (no top-level domain required); its length limits are 64 and 255.
const LOCAL_ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+";
const LOCAL_PART = new RegExp(`^${LOCAL_ATOM}(\\.${LOCAL_ATOM})*$`, 'iu');
const DOMAIN_LABEL = '[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const DOMAIN = new RegExp(`^${DOMAIN_LABEL}(\\.${DOMAIN_LABEL})*$`, 'u');

/** Whether `text` is an e-mail address the server accepts. */
export function isEmailAddress(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at < 0) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  return local.length <= 64 && domain.length <= 255 && LOCAL_PART.test(local) && DOMAIN.test(domain);
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function draftOf(supplier: Supplier | null | undefined): SupplierDraft {
  return {
    name: supplier?.name ?? '',
    services: [...(supplier?.services ?? [])],
    contactName: supplier?.contactName ?? '',
    email: supplier?.email ?? '',
    phone: supplier?.phone ?? '',
    notes: supplier?.notes ?? '',
  };
}

/**
 * Mirrors the server's rules (SupplierInput, and names unique in the workspace regardless of case) so mistakes
 * show before a round trip. `others` are the workspace's other suppliers.
 */
export function validateSupplier(draft: SupplierDraft, others: readonly Supplier[]) {
  const name = draft.name.trim();
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  return draftErrors<keyof SupplierDraft>({
    name:
      requiredWithin(name, SUPPLIER_NAME_MAX_LENGTH) ??
      (others.some((s) => sameName(s.name, name)) ? { key: 'suppliers.validation.duplicate' } : undefined),
    contactName: longerThan(draft.contactName.trim(), SUPPLIER_CONTACT_NAME_MAX_LENGTH),
    email:
      longerThan(email, SUPPLIER_EMAIL_MAX_LENGTH) ??
      (email !== '' && !isEmailAddress(email) ? { key: 'suppliers.validation.email' } : undefined),
    phone:
      longerThan(phone, SUPPLIER_PHONE_MAX_LENGTH) ??
      (PHONE_PATTERN.test(phone) ? undefined : { key: 'suppliers.validation.phone' }),
    notes: longerThan(draft.notes.trim(), SUPPLIER_NOTES_MAX_LENGTH),
  });
}

/** What the API gets: trimmed text (the server checks e-mail and phone before it trims), blanks as absent. */
export function toSupplierInput(draft: SupplierDraft): SupplierInput {
  const optional = (text: string) => text.trim() || null;
  return {
    name: draft.name.trim(),
    services: [...draft.services],
    contactName: optional(draft.contactName),
    email: optional(draft.email),
    phone: optional(draft.phone),
    notes: optional(draft.notes),
  };
}

/** By name, as a person reads a directory: ignoring case, in the user's language. */
export function sortSuppliers(suppliers: readonly Supplier[], language?: string): Supplier[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...suppliers].sort((a, b) => collator.compare(a.name, b.name));
}

/** The suppliers that offer the filter's service (any when none is chosen) and whose name or contact has its text. */
export function filterSuppliers(suppliers: readonly Supplier[], filter: SupplierFilter): Supplier[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  return suppliers.filter(
    (s) =>
      (!filter.service || s.services.includes(filter.service)) &&
      (needle === '' ||
        [s.name, s.contactName, s.email, s.phone].some((field) => field.toLocaleLowerCase().includes(needle))),
  );
}
