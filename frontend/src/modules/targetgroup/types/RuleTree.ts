import type {
  AnalyticAppliesTo,
  AnalyticType,
  CompanyField,
  ConditionOwner,
  ConsentChannel,
  ConsentState,
  ContactField,
  PurchaseMeasure,
  TargetGroupFieldsFragment,
  TargetGroupMemberFieldsFragment,
} from '../../../generated/graphql';

export type { AnalyticType, CompanyField, ConditionOwner, ConsentChannel, ConsentState, ContactField, PurchaseMeasure };

export type TargetGroup = TargetGroupFieldsFragment;
export type TargetGroupMember = TargetGroupMemberFieldsFragment;

/** An analytic a condition can test, as the builder needs it. */
export type RuleAnalytic = Readonly<{
  id: string;
  name: string;
  type: AnalyticType;
  appliesTo: AnalyticAppliesTo;
  options: readonly string[];
}>;

export type GroupKind = 'all' | 'any' | 'none';
export const GROUP_KINDS: readonly GroupKind[] = ['all', 'any', 'none'];

export const CONDITION_KINDS = [
  'contact',
  'company',
  'analytic',
  'equipment',
  'purchases',
  'consent',
  'targetGroup',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

// Objects rather than lists so that the compiler notices a value the schema adds; in the order offered.
const CONTACT_FIELD_SET = {
  KEY_STAFF: true,
  MANAGEMENT: true,
  HAS_EMAIL: true,
  HAS_COMPANY: true,
  COUNTRY: true,
  PREFERRED_LANGUAGE: true,
} as const satisfies Record<ContactField, true>;
export const CONTACT_FIELDS = Object.keys(CONTACT_FIELD_SET) as readonly ContactField[];
/** The contact fields that take a list of values; the others are yes/no. */
export const CONTACT_LIST_FIELDS: readonly ContactField[] = ['COUNTRY', 'PREFERRED_LANGUAGE'];

/** The company fields with fixed values (the API's enumerations); the others are free text. */
export const COMPANY_FIELD_OPTIONS = {
  STATUS: ['CURRENT', 'POTENTIAL', 'FORMER'],
  SIZE: ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'],
  UPSELL_POTENTIAL: ['LOW', 'MEDIUM', 'HIGH'],
  REGION: null,
  INDUSTRY: null,
  OWNER: null,
} as const satisfies Record<CompanyField, readonly string[] | null>;
export const COMPANY_FIELDS = Object.keys(COMPANY_FIELD_OPTIONS) as readonly CompanyField[];

export const OWNERS: readonly ConditionOwner[] = ['CONTACT', 'COMPANY', 'CONTACT_OR_COMPANY'];
/** Purchases are counted by the contact's or by the company's; the API refuses "either". */
export const PURCHASE_OWNERS: readonly ConditionOwner[] = ['CONTACT', 'COMPANY'];
export const PURCHASE_MEASURES: readonly PurchaseMeasure[] = ['COUNT', 'AMOUNT', 'ITEMS'];
export const CONSENT_CHANNELS: readonly ConsentChannel[] = ['EMAIL', 'SMS', 'PHONE', 'POST'];
export const CONSENT_STATES: readonly ConsentState[] = ['GRANTED', 'WITHDRAWN', 'UNKNOWN'];

/** How a purchase condition bounds its period: all time, the last N days up to now, or calendar days. */
export type PurchasePeriod = 'allTime' | 'lastDays' | 'range';
export const PURCHASE_PERIODS: readonly PurchasePeriod[] = ['allTime', 'lastDays', 'range'];

/** What an analytic condition tests; which ones apply depends on the analytic's type. */
export type AnalyticTest = 'isSet' | 'notSet' | 'anyOf' | 'equals' | 'number' | 'date' | 'is';
export const ANALYTIC_TESTS: Readonly<Record<AnalyticType, readonly AnalyticTest[]>> = {
  ENUMERATION: ['anyOf', 'isSet', 'notSet'],
  TEXT: ['equals', 'isSet', 'notSet'],
  NUMBER: ['number', 'isSet', 'notSet'],
  DATE: ['date', 'isSet', 'notSet'],
  BOOLEAN: ['is', 'isSet', 'notSet'],
};

/**
 * A condition as the user edits it: numbers and dates are kept as typed ("" when empty), lists of free text as the
 * text typed with commas, so that every input stays controlled and a half-typed value is not lost.
 */
export type ConditionDraft =
  | Readonly<{ kind: 'contact'; field: ContactField; is: boolean; values: string }>
  | Readonly<{ kind: 'company'; field: CompanyField; options: readonly string[]; values: string }>
  | Readonly<{
      kind: 'analytic';
      analyticId: string;
      test: AnalyticTest;
      options: readonly string[];
      text: string;
      atLeast: string;
      atMost: string;
      from: string;
      to: string;
      is: boolean;
    }>
  | Readonly<{
      kind: 'equipment';
      owner: ConditionOwner;
      product: string;
      model: string;
      productionFrom: string;
      productionTo: string;
      purchaseFrom: string;
      purchaseTo: string;
    }>
  | Readonly<{
      kind: 'purchases';
      owner: ConditionOwner;
      measure: PurchaseMeasure;
      category: string;
      atLeast: string;
      atMost: string;
      period: PurchasePeriod;
      lastDays: string;
      from: string;
      to: string;
    }>
  | Readonly<{ kind: 'consent'; channel: ConsentChannel; state: ConsentState }>
  | Readonly<{ kind: 'targetGroup'; targetGroupId: string }>;

export type DraftOf<K extends ConditionKind> = Extract<ConditionDraft, { kind: K }>;

export type ConditionNode = Readonly<{ id: string; type: 'condition'; condition: ConditionDraft }>;
export type GroupNode = Readonly<{ id: string; type: 'group'; kind: GroupKind; children: readonly RuleNode[] }>;
export type RuleNode = ConditionNode | GroupNode;

/** A problem shown on a condition: on its field when it names one, else under the condition. */
export type ShownProblem = Readonly<{ field?: string; message: string }>;
