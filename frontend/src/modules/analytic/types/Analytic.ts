import type {
  AnalyticAppliesTo,
  AnalyticFieldsFragment,
  AnalyticType,
  AnalyticValueFieldsFragment,
} from '../../../generated/graphql';

export type Analytic = AnalyticFieldsFragment;
export type AnalyticValue = AnalyticValueFieldsFragment;
export type { AnalyticAppliesTo, AnalyticType };

const TYPES = { ENUMERATION: true, NUMBER: true, DATE: true, BOOLEAN: true, TEXT: true } as const satisfies Record<
  AnalyticType,
  true
>;
const APPLIES_TO = { CONTACT: true, COMPANY: true } as const satisfies Record<AnalyticAppliesTo, true>;
export const ANALYTIC_TYPES = Object.keys(TYPES) as readonly AnalyticType[];
export const ANALYTIC_APPLIES_TO = Object.keys(APPLIES_TO) as readonly AnalyticAppliesTo[];

/** The definition form's values; an enumeration's options one per line, as the user types them. */
export type AnalyticDraft = {
  name: string;
  appliesTo: AnalyticAppliesTo;
  type: AnalyticType;
  description: string;
  options: string;
};
