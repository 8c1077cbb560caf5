import type {
  CompanyFieldsFragment,
  CompanyOrder,
  CompanySize,
  CompanyStatus,
  UpsellPotential,
} from '../../../generated/graphql';

export type Company = CompanyFieldsFragment;
export type { CompanyOrder, CompanySize, CompanyStatus, UpsellPotential };

// Objects rather than lists so that the compiler notices a value the schema adds; in the order a person reads them.
const STATUS = { CURRENT: true, POTENTIAL: true, FORMER: true } as const satisfies Record<CompanyStatus, true>;
const SIZE = { MICRO: true, SMALL: true, MEDIUM: true, LARGE: true } as const satisfies Record<CompanySize, true>;
const UPSELL = { LOW: true, MEDIUM: true, HIGH: true } as const satisfies Record<UpsellPotential, true>;
const ORDER = {
  NAME_ASC: true,
  NAME_DESC: true,
  CREATED_AT_DESC: true,
  CREATED_AT_ASC: true,
  UPDATED_AT_DESC: true,
  UPDATED_AT_ASC: true,
} as const satisfies Record<CompanyOrder, true>;

export const COMPANY_STATUSES = Object.keys(STATUS) as readonly CompanyStatus[];
export const COMPANY_SIZES = Object.keys(SIZE) as readonly CompanySize[];
export const UPSELL_POTENTIALS = Object.keys(UPSELL) as readonly UpsellPotential[];
export const COMPANY_ORDERS = Object.keys(ORDER) as readonly CompanyOrder[];

/** The companies grid's search, filters and sorting, as the address keeps them. */
export type CompanyListState = Readonly<{
  search: string;
  orderBy: CompanyOrder;
  status: CompanyStatus | null;
  size: CompanySize | null;
  upsell: UpsellPotential | null;
  region: string;
  industry: string;
}>;

/** The form's values as the user typed them ("" for an enum not chosen). */
export type CompanyDraft = {
  name: string;
  status: CompanyStatus;
  industry: string;
  region: string;
  size: CompanySize | '';
  upsellPotential: UpsellPotential | '';
  owner: string;
  externalId: string;
};
