import type { StatsBucket } from '../../generated/graphql';
import {
  addDays,
  customRange,
  isDay,
  localDay,
  localMidnight,
  presetRange,
  RANGE_PRESETS,
  type CustomRangeProblem,
  type DayRange,
  type RangePreset,
} from '../ui/period';

export type PeriodPreset = Exclude<RangePreset, 'thisQuarter' | 'lastQuarter'>;
/** The ranges a report offers: the shared presets but the quarters. */
export const PERIOD_PRESETS = RANGE_PRESETS.filter((preset): preset is PeriodPreset => !preset.endsWith('Quarter'));
export type PeriodChoice = PeriodPreset | 'custom';

/** A half-open range [from, to) of instants; both ends are local midnights. */
export type Period = Readonly<{ from: Date; to: Date }>;

/** The local days of a range as the instants the report filters by. */
function localPeriod(range: DayRange): Period {
  return { from: localMidnight(range.from), to: localMidnight(range.to) };
}

/**
 * The range a preset stands for, in the browser's time zone. Ranges end with today (tomorrow's midnight,
 * exclusive), so today's publications count; "last month" is the previous calendar month.
 */
export function presetPeriod(preset: PeriodPreset, now: Date): Period {
  return localPeriod(presetRange(preset, localDay(now)));
}

/** "2026-05-01" as the local date (a DatePicker's value); undefined when it is not a date. */
export function parseIsoDate(value: string): Date | undefined {
  return isDay(value) ? localMidnight(value) : undefined;
}

/** The local date of an instant as "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  return localDay(date);
}

export type CustomPeriodProblem = CustomRangeProblem;

/** A custom range from two picked days, both included; or why it cannot be used. */
export function customPeriod(fromDate: string, toDate: string): Period | CustomPeriodProblem {
  const range = customRange(fromDate, toDate);
  return typeof range === 'object' ? localPeriod(range) : range;
}

/** The last day a period includes, for showing it ("1 May – 31 May"). */
export function lastDayOf(period: Period): Date {
  return localMidnight(addDays(localDay(period.to), -1));
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
