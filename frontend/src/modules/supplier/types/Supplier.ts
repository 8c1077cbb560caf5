import type { BudgetCategory, SupplierFieldsFragment } from '../../../generated/graphql';

export type Supplier = SupplierFieldsFragment;
export type { BudgetCategory };

// An object rather than a list so that the compiler notices a category the schema adds; in the schema's order.
const CATEGORIES = {
  VENUE: true,
  CATERING: true,
  STAND: true,
  PRINTING: true,
  POSTAGE: true,
  ADVERTISING: true,
  EQUIPMENT_TRANSPORT: true,
  STAFF: true,
  OTHER: true,
} as const satisfies Record<BudgetCategory, true>;

/** The services a supplier may offer: the budget categories. */
export const BUDGET_CATEGORIES = Object.keys(CATEGORIES) as readonly BudgetCategory[];

/** The form's values as the user typed them. */
export type SupplierDraft = {
  name: string;
  services: BudgetCategory[];
  contactName: string;
  email: string;
  phone: string;
  notes: string;
};

/** The list's filter: one service or all, and text to find in the name or the contact. */
export type SupplierFilter = Readonly<{ service: BudgetCategory | null; text: string }>;
