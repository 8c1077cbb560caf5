import {
  addDays,
  customRange,
  daysBetween,
  presetRange,
  utcDay,
  utcMidnight,
  type CustomRangeProblem,
} from '../ui/period';

/**
 * The dashboard's periods. The media balance counts whole UTC days [from, to), so periods are UTC dates
 * ("YYYY-MM-DD"), and "today" is the UTC day, as the API's alert window is.
 */
export const BALANCE_PERIODS = [
  'alertWindow',
  'last7Days',
  'last30Days',
  'last90Days',
  'thisQuarter',
  'lastQuarter',
  'custom',
] as const;
export type BalancePeriodChoice = (typeof BALANCE_PERIODS)[number];

/** A range of UTC days, `to` exclusive; both null means the workspace's alert window (the API's default). */
export type DayRange = Readonly<{ from: string | null; to: string | null }>;

export { daysBetween, utcDay };

export type PeriodProblem = CustomRangeProblem | 'tooLong';

/** Longest custom range the dashboard asks for (the API has no documented cap; a few years is plenty). */
export const MAX_PERIOD_DAYS = 3 * 366;

/**
 * The [from, to) days a choice stands for on `now`; presets end with today (to = tomorrow). A custom range
 * takes two picked days, both included.
 */
export function periodRange(
  choice: BalancePeriodChoice,
  now: Date,
  custom?: { from: string; to: string },
): DayRange | PeriodProblem {
  if (choice === 'alertWindow') return { from: null, to: null };
  if (choice !== 'custom') return presetRange(choice, utcDay(now));
  const range = customRange(custom?.from, custom?.to);
  if (typeof range === 'object' && daysBetween(range.from, range.to) > MAX_PERIOD_DAYS) return 'tooLong';
  return range;
}

/** The last day a [from, to) range includes. */
export function lastDay(to: string): string {
  return addDays(to, -1);
}

/** Instants for the publications filter (DateTime), matching the UTC days of the range. */
export function rangeInstants(from: string, to: string): { from: string; to: string } {
  return { from: utcMidnight(from), to: utcMidnight(to) };
}

/**
 * The trend shown in the drill-down: at least twelve weeks up to the period's end, so a short period still
 * shows where the cell comes from; by week up to half a year, then by month.
 */
/**
 * The trend over exactly the selected period [from, to): by day up to a month (a line of at least a few
 * points), by week up to about six months, by month beyond.
 */
export function trendRange(from: string, to: string): { from: string; to: string; bucket: 'DAY' | 'WEEK' | 'MONTH' } {
  const days = daysBetween(from, to);
  return { from, to, bucket: days <= 31 ? 'DAY' : days <= 190 ? 'WEEK' : 'MONTH' };
}

// The balance's screens format days with the shared wording.
export { formatDay } from '../ui/period';
