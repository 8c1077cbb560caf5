import type { StatsBucket } from '../../generated/graphql';

export const PERIOD_PRESETS = [
  'last7Days',
  'last30Days',
  'last90Days',
  'thisMonth',
  'lastMonth',
  'last6Months',
  'thisYear',
  'last12Months',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type PeriodChoice = PeriodPreset | 'custom';

/** A half-open range [from, to) of instants; both ends are local midnights. */
export type Period = Readonly<{ from: Date; to: Date }>;

/** Local midnight of the day `date` falls on, `days` days later. */
function startOfDay(date: Date, days = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function startOfMonth(date: Date, months = 0): Date {
  return new Date(date.getFullYear(), date.getMonth() + months, 1);
}

/**
 * The range a preset stands for, in the browser's time zone. Ranges end with today (tomorrow's midnight,
 * exclusive), so today's publications count; "last month" is the previous calendar month.
 */
export function presetPeriod(preset: PeriodPreset, now: Date): Period {
  const tomorrow = startOfDay(now, 1);
  switch (preset) {
    case 'last7Days':
      return { from: startOfDay(now, -6), to: tomorrow };
    case 'last30Days':
      return { from: startOfDay(now, -29), to: tomorrow };
    case 'last90Days':
      return { from: startOfDay(now, -89), to: tomorrow };
    case 'thisMonth':
      return { from: startOfMonth(now), to: tomorrow };
    case 'lastMonth':
      return { from: startOfMonth(now, -1), to: startOfMonth(now) };
    case 'last6Months':
      return { from: startOfMonth(now, -5), to: tomorrow };
    case 'thisYear':
      return { from: new Date(now.getFullYear(), 0, 1), to: tomorrow };
    case 'last12Months':
      return { from: startOfMonth(now, -11), to: tomorrow };
  }
}

/** "2026-05-01" as the local date (a DatePicker's value); undefined when it is not a date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : undefined;
}

/** The local date of an instant as "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export type CustomPeriodProblem = 'missing' | 'endBeforeStart';

/** A custom range from two picked days, both included; or why it cannot be used. */
export function customPeriod(fromDate: string, toDate: string): Period | CustomPeriodProblem {
  const from = parseIsoDate(fromDate);
  const to = parseIsoDate(toDate);
  if (!from || !to) return 'missing';
  if (to < from) return 'endBeforeStart';
  return { from, to: startOfDay(to, 1) };
}

/** The last day a period includes, for showing it ("1 May – 31 May"). */
export function lastDayOf(period: Period): Date {
  return startOfDay(period.to, -1);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A bucket that gives a readable number of points: days up to a month, weeks up to half a year, then months. */
export function suggestedBucket(period: Period): StatsBucket {
  const days = Math.round((period.to.getTime() - period.from.getTime()) / DAY_MS);
  if (days <= 31) return 'DAY';
  if (days <= 190) return 'WEEK';
  return 'MONTH';
}

/** The browser's IANA time zone, which the report's buckets follow. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
