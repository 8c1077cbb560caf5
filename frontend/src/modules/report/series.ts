import type { StatsBucket } from '../../generated/graphql';
import { parseIsoDate, toIsoDate, type Period } from './period';
import type { Metric, StatsRow } from './types/Report';

/** The calendar day a bucket starts on, in the report's time zone: the date part of its ISO-8601 start. */
export function bucketDay(bucket: string): string {
  return bucket.slice(0, 10);
}

/** The start of the bucket holding `date` (local): the day itself, the Monday before it, or the 1st of its month. */
export function alignToBucket(date: Date, bucket: StatsBucket): Date {
  if (bucket === 'MONTH') return new Date(date.getFullYear(), date.getMonth(), 1);
  if (bucket === 'WEEK') {
    const sinceMonday = (date.getDay() + 6) % 7;
    return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceMonday);
  }
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function nextBucket(date: Date, bucket: StatsBucket): Date {
  if (bucket === 'MONTH') return new Date(date.getFullYear(), date.getMonth() + 1, 1);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + (bucket === 'WEEK' ? 7 : 1));
}

/** Every bucket the period touches, as start days ("YYYY-MM-DD"), so quiet days show as zero rather than vanish. */
export function bucketDays(period: Period, bucket: StatsBucket): string[] {
  const days: string[] = [];
  for (let at = alignToBucket(period.from, bucket); at < period.to; at = nextBucket(at, bucket)) {
    days.push(toIsoDate(at));
    if (days.length > 5000) break; // a guard against a runaway range, far beyond anything readable
  }
  return days;
}

export type ChartSeries = Readonly<{ key: string; label: string; values: number[]; total: number }>;
export type ChartData = Readonly<{ buckets: string[]; series: ChartSeries[] }>;

export const OTHER_SERIES_KEY = '__other__';

export function metricOf(row: StatsRow, metric: Metric): number {
  return metric === 'impact' ? row.impact : Number(row.publications);
}

/**
 * One series per group over all buckets (missing bucket × group pairs are 0), largest total first. Beyond
 * `maxSeries` groups the smallest are summed into one "other" series, so the chart stays readable when a
 * report is grouped by publisher or channel; the table below still lists every group.
 */
export function buildChartData(
  rows: readonly StatsRow[],
  metric: Metric,
  options: Readonly<{ buckets?: readonly string[]; maxSeries?: number; otherLabel?: string }> = {},
): ChartData {
  const buckets = [...new Set([...(options.buckets ?? []), ...rows.map((r) => bucketDay(r.bucket))])].sort();
  const index = new Map(buckets.map((day, i) => [day, i]));
  const groups = new Map<string, { key: string; label: string; values: number[]; total: number }>();
  for (const row of rows) {
    let group = groups.get(row.key);
    if (!group) {
      group = { key: row.key, label: row.label, values: buckets.map(() => 0), total: 0 };
      groups.set(row.key, group);
    }
    const value = metricOf(row, metric);
    group.values[index.get(bucketDay(row.bucket))!] += value;
    group.total += value;
  }
  const sorted = [...groups.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const max = options.maxSeries ?? Number.POSITIVE_INFINITY;
  if (sorted.length <= max) return { buckets, series: sorted };
  const kept = sorted.slice(0, Math.max(max - 1, 0));
  const rest = sorted.slice(kept.length);
  const other: ChartSeries = {
    key: OTHER_SERIES_KEY,
    label: options.otherLabel ?? 'Other',
    values: buckets.map((_, i) => rest.reduce((sum, g) => sum + g.values[i], 0)),
    total: rest.reduce((sum, g) => sum + g.total, 0),
  };
  return { buckets, series: [...kept, other] };
}

export type TableRow = Readonly<{
  id: string;
  day: string;
  key: string;
  label: string;
  publications: number;
  impact: number;
}>;

/** The rows of the report's table: by bucket, then by label. */
export function buildTableRows(rows: readonly StatsRow[]): TableRow[] {
  return rows
    .map((row) => ({
      id: `${bucketDay(row.bucket)}|${row.key}`,
      day: bucketDay(row.bucket),
      key: row.key,
      label: row.label,
      publications: Number(row.publications),
      impact: row.impact,
    }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.label.localeCompare(b.label));
}

/** Totals of the whole report, for the summary above the chart. */
export function totals(rows: readonly StatsRow[]): { publications: number; impact: number } {
  return rows.reduce(
    (sum, row) => ({ publications: sum.publications + Number(row.publications), impact: sum.impact + row.impact }),
    {
      publications: 0,
      impact: 0,
    },
  );
}

/** A bucket's start day as the user reads it: "5 May 2026" for days and weeks, "May 2026" for months. */
export function formatBucket(day: string, bucket: StatsBucket, locale: string): string {
  const date = parseIsoDate(day);
  if (!date) return day;
  return bucket === 'MONTH'
    ? new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(date)
    : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}
