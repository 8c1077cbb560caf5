import type { PublicationFilter } from '../../generated/graphql';
import { publicationFilter } from '../publication/filterVariables';
import type { Period } from './period';

export type ReportFilterDraft = Readonly<{
  brandIds: readonly string[];
  channelIds: readonly string[];
  publishers: readonly string[];
  minImpact: string;
  maxImpact: string;
}>;

export const EMPTY_FILTERS: ReportFilterDraft = {
  brandIds: [],
  channelIds: [],
  publishers: [],
  minImpact: '',
  maxImpact: '',
};

export type ImpactProblems = Partial<Record<'minImpact' | 'maxImpact', 'range' | 'order'>>;

function parseImpact(text: string): number | undefined | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  if (!/^(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 0 && value <= 1 ? value : null;
}

/** What is wrong with the impact range: each bound within [0, 1] (decimal comma allowed), min not above max. */
export function impactProblems(draft: ReportFilterDraft): ImpactProblems {
  const problems: ImpactProblems = {};
  const min = parseImpact(draft.minImpact);
  const max = parseImpact(draft.maxImpact);
  if (min === null) problems.minImpact = 'range';
  if (max === null) problems.maxImpact = 'range';
  if (typeof min === 'number' && typeof max === 'number' && min > max) problems.maxImpact = 'order';
  return problems;
}

/** The API filter for a period and the chosen filters; empty choices are left out (they mean "all"). */
export function toPublicationFilter(period: Period, draft: ReportFilterDraft): PublicationFilter {
  const filter = publicationFilter({
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    brandIds: [...draft.brandIds],
    channelIds: [...draft.channelIds],
    publishers: [...draft.publishers],
    minImpact: parseImpact(draft.minImpact),
    maxImpact: parseImpact(draft.maxImpact),
  });
  // A period always narrows, so the filter is never empty.
  return filter!;
}

/** How many filters narrow the report, for the collapsed filter panel's summary. */
export function activeFilterCount(draft: ReportFilterDraft): number {
  return [
    draft.brandIds.length,
    draft.channelIds.length,
    draft.publishers.length,
    draft.minImpact.trim(),
    draft.maxImpact.trim(),
  ].filter(Boolean).length;
}
