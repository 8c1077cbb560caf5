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

const DAY_MS = 86_400_000;

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

function quarterStart(year: number, quarter: number): string {
  // quarter may be -1 (the last quarter of the year before); Date.UTC rolls the month over.
  return utcDay(new Date(Date.UTC(year, quarter * 3, 1)));
}

export type PeriodProblem = 'missing' | 'endBeforeStart' | 'tooLong';

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
  const today = utcDay(now);
  const tomorrow = addDays(today, 1);
  const year = now.getUTCFullYear();
  const quarter = Math.floor(now.getUTCMonth() / 3);
  switch (choice) {
    case 'alertWindow':
      return { from: null, to: null };
    case 'last7Days':
      return { from: addDays(today, -6), to: tomorrow };
    case 'last30Days':
      return { from: addDays(today, -29), to: tomorrow };
    case 'last90Days':
      return { from: addDays(today, -89), to: tomorrow };
    case 'thisQuarter':
      return { from: quarterStart(year, quarter), to: tomorrow };
    case 'lastQuarter':
      return { from: quarterStart(year, quarter - 1), to: quarterStart(year, quarter) };
    case 'custom': {
      const valid = (day: string | undefined) =>
        Boolean(day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)));
      if (!custom || !valid(custom.from) || !valid(custom.to)) return 'missing';
      if (custom.to < custom.from) return 'endBeforeStart';
      if (daysBetween(custom.from, addDays(custom.to, 1)) > MAX_PERIOD_DAYS) return 'tooLong';
      return { from: custom.from, to: addDays(custom.to, 1) };
    }
  }
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The last day a [from, to) range includes. */
export function lastDay(to: string): string {
  return addDays(to, -1);
}

/** Instants for the publications filter (DateTime), matching the UTC days of the range. */
export function rangeInstants(from: string, to: string): { from: string; to: string } {
  return { from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z` };
}

/**
 * The trend shown in the drill-down: at least twelve weeks up to the period's end, so a short period still
 * shows where the cell comes from; by week up to half a year, then by month.
 */
export function trendRange(from: string, to: string): { from: string; to: string; bucket: 'WEEK' | 'MONTH' } {
  const start = daysBetween(from, to) < 84 ? addDays(to, -84) : from;
  return { from: start, to, bucket: daysBetween(start, to) <= 190 ? 'WEEK' : 'MONTH' };
}

/** A UTC day shown in the user's language ("22 Nov 2026"). */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
