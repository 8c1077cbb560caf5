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

type Criterion = PublicationFilter[keyof PublicationFilter];

function isChosen(value: Criterion): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/**
 * The one publication filter model: the API's PublicationFilter with only the criteria that narrow something (an empty
 * list, a blank text or a missing bound means "all" and is left out). Undefined when nothing narrows. Every screen that
 * filters publications (the publications list, the reports) builds its filter through this.
 */
export function publicationFilter(criteria: PublicationFilter): PublicationFilter | undefined {
  const chosen = Object.entries(criteria).filter(([, value]) => isChosen(value as Criterion));
  return chosen.length > 0 ? (Object.fromEntries(chosen) as PublicationFilter) : undefined;
}

/**
 * The GraphQL filter for what the user chose: the period covers whole days in the user's time zone (the API's `to` is
 * exclusive, so it is the start of the day after the last one). Undefined when nothing is chosen.
 */
export function toPublicationFilter(state: PublicationFilterState): PublicationFilter | undefined {
  return publicationFilter({
    from: startOfLocalDay(state.from),
    to: startOfLocalDay(state.to, 1),
    brandIds: [...state.brandIds],
    channelIds: [...state.channelIds],
    channelTypes: [...state.channelTypes],
    publishers: [...state.publishers],
    segmentIds: [...state.segmentIds],
    sentiments: [...state.sentiments],
    minImpact: state.minImpact,
    maxImpact: state.maxImpact,
    titleContains: state.titleContains.trim(),
  });
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
