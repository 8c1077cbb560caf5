import type { ConsentChannel, ConsentState, ContactFieldsFragment, ContactOrder } from '../../../generated/graphql';

export type Contact = ContactFieldsFragment;
export type { ContactOrder };

const ORDER = {
  NAME_ASC: true,
  NAME_DESC: true,
  CREATED_AT_DESC: true,
  CREATED_AT_ASC: true,
  UPDATED_AT_DESC: true,
  UPDATED_AT_ASC: true,
} as const satisfies Record<ContactOrder, true>;
export const CONTACT_ORDERS = Object.keys(ORDER) as readonly ContactOrder[];

/** The contacts grid's search, filters and sorting, as the address keeps them. */
export type ContactListState = Readonly<{
  search: string;
  orderBy: ContactOrder;
  keyStaff: boolean | null;
  management: boolean | null;
  hasEmail: boolean | null;
  /** Consent on a channel in a state: both or neither. */
  consentChannel: ConsentChannel | null;
  consentState: ConsentState | null;
  /** ISO 3166-1 alpha-2, upper case; "" for any. */
  country: string;
  /** Only this company's contacts (the company card links here); null for all. */
  companyId: string | null;
}>;

/** The form's values as the user typed them. */
export type ContactDraft = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  position: string;
  keyStaff: boolean;
  management: boolean;
  companyId: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  preferredLanguage: string;
  externalId: string;
};

/** How a person is called in lists and titles: their name, else their email. */
export function displayName(contact: Readonly<{ firstName: string; lastName: string; email: string }>): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email;
}
