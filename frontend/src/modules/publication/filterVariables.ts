import type { PublicationFilter } from '../../generated/graphql';
import { addDays, isDay, localMidnight } from '../ui/period';
import type { PublicationFilterState } from './types/Publication';

export const EMPTY_FILTER: PublicationFilterState = {
  from: '',
  to: '',
  brandIds: [],
  channelIds: [],
  channelTypes: [],
  publishers: [],
  segmentIds: [],
  sentiments: [],
  minImpact: null,
  maxImpact: null,
  titleContains: '',
};

/** Midnight at the start of a calendar day in the browser's time zone, as an ISO instant. */
export function startOfLocalDay(date: string, dayOffset = 0): string | null {
  return isDay(date) ? localMidnight(addDays(date, dayOffset)).toISOString() : null;
}

const list = <T>(values: readonly T[]): T[] | undefined => (values.length > 0 ? [...values] : undefined);

/**
 * The GraphQL filter for what the user chose: empty criteria are left out, the period covers whole days
 * in the user's time zone (the API's `to` is exclusive, so it is the start of the day after the last one).
 * Undefined when nothing is chosen.
 */
export function toPublicationFilter(state: PublicationFilterState): PublicationFilter | undefined {
  const filter: PublicationFilter = {
    from: startOfLocalDay(state.from) ?? undefined,
    to: startOfLocalDay(state.to, 1) ?? undefined,
    brandIds: list(state.brandIds),
    channelIds: list(state.channelIds),
    channelTypes: list(state.channelTypes),
    publishers: list(state.publishers),
    segmentIds: list(state.segmentIds),
    sentiments: list(state.sentiments),
    minImpact: state.minImpact ?? undefined,
    maxImpact: state.maxImpact ?? undefined,
    titleContains: state.titleContains.trim() || undefined,
  };
  const present = Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined),
  ) as PublicationFilter;
  return Object.keys(present).length > 0 ? present : undefined;
}

/** How many criteria are set, for the collapsed filter bar's "Filters (3)". */
export function activeFilterCount(state: PublicationFilterState): number {
  return Object.keys(toPublicationFilter(state) ?? {}).length;
}

export type FilterProblem = 'impactRange' | 'period';

/** Criteria that cannot select anything; the list is not asked for while one is there. */
export function filterProblems(state: PublicationFilterState): FilterProblem[] {
  const problems: FilterProblem[] = [];
  if (state.minImpact !== null && state.maxImpact !== null && state.minImpact > state.maxImpact)
    problems.push('impactRange');
  if (state.from && state.to && state.from > state.to) problems.push('period');
  return problems;
}
