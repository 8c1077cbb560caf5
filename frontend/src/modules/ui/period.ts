/**
 * The one period model: calendar days ("YYYY-MM-DD") and half-open ranges of them. Which calendar a screen counts in
 * is its own choice (the balance counts UTC days like the API's Date type; reports and publication filters count the
 * user's local days); it picks "today" in that calendar and turns days into instants in it, and everything between
 * (presets, custom ranges, lengths) is the same arithmetic on days.
 */

/** A calendar day, "YYYY-MM-DD". */
export type Day = string;

/** Calendar days [from, to): `to` is the day after the last one included. */
export type DayRange = Readonly<{ from: Day; to: Day }>;

export const RANGE_PRESETS = [
  'last7Days',
  'last30Days',
  'last90Days',
  'thisMonth',
  'lastMonth',
  'last6Months',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'last12Months',
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export type CustomRangeProblem = 'missing' | 'endBeforeStart';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

// Day arithmetic runs on UTC dates, where every day has 24 hours, whatever calendar the days belong to.
function asUtcDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

function dayOfUtcDate(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

function dayOf(year: number, month: number, date: number): Day {
  // Month and date may overflow (month -1 is December of the year before); Date.UTC rolls them over.
  return dayOfUtcDate(new Date(Date.UTC(year, month, date)));
}

/** Whether `value` is a real calendar day ("2026-02-30" is not). */
export function isDay(value: string | undefined): value is Day {
  const match = value === undefined ? null : DAY.exec(value);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  return dayOf(year, month, date) === value;
}

export function addDays(day: Day, days: number): Day {
  return dayOfUtcDate(new Date(asUtcDate(day).getTime() + days * DAY_MS));
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((asUtcDate(to).getTime() - asUtcDate(from).getTime()) / DAY_MS);
}

/** The UTC day an instant falls on. */
export function utcDay(instant: Date): Day {
  return dayOfUtcDate(instant);
}

/** The day an instant falls on in the browser's time zone. */
export function localDay(instant: Date): Day {
  return dayOf(instant.getFullYear(), instant.getMonth(), instant.getDate());
}

/** Midnight at the start of a local day, as an instant. */
export function localMidnight(day: Day): Date {
  const date = asUtcDate(day);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Midnight at the start of a UTC day, as an ISO instant. */
export function utcMidnight(day: Day): string {
  return `${day}T00:00:00Z`;
}

/**
 * The days a preset stands for when it is `today`. Ranges end with today (to = tomorrow), so today counts;
 * "last month" and "last quarter" are the previous calendar month and quarter.
 */
export function presetRange(preset: RangePreset, today: Day): DayRange {
  const date = asUtcDate(today);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  const quarterMonth = month - (month % 3);
  const tomorrow = addDays(today, 1);
  switch (preset) {
    case 'last7Days':
      return { from: addDays(today, -6), to: tomorrow };
    case 'last30Days':
      return { from: addDays(today, -29), to: tomorrow };
    case 'last90Days':
      return { from: addDays(today, -89), to: tomorrow };
    case 'thisMonth':
      return { from: dayOf(year, month, 1), to: tomorrow };
    case 'lastMonth':
      return { from: dayOf(year, month - 1, 1), to: dayOf(year, month, 1) };
    case 'last6Months':
      return { from: dayOf(year, month - 5, 1), to: tomorrow };
    case 'thisQuarter':
      return { from: dayOf(year, quarterMonth, 1), to: tomorrow };
    case 'lastQuarter':
      return { from: dayOf(year, quarterMonth - 3, 1), to: dayOf(year, quarterMonth, 1) };
    case 'thisYear':
      return { from: dayOf(year, 0, 1), to: tomorrow };
    case 'last12Months':
      return { from: dayOf(year, month - 11, 1), to: tomorrow };
  }
}

/** A range from two picked days, both included; or why it cannot be used. */
export function customRange(first: string | undefined, last: string | undefined): DayRange | CustomRangeProblem {
  if (!isDay(first) || !isDay(last)) return 'missing';
  if (last < first) return 'endBeforeStart';
  return { from: first, to: addDays(last, 1) };
}

/** A calendar day shown in the user's language ("22 Nov 2026"). */
export function formatDay(day: Day, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
