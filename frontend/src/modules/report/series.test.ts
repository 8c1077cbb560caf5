import { describe, expect, it } from 'vitest';
import { customPeriod, type Period } from './period';
import {
  alignToBucket,
  bucketDays,
  buildChartData,
  buildTableRows,
  formatBucket,
  OTHER_SERIES_KEY,
  totals,
} from './series';
import type { StatsRow } from './types/Report';

const row = (
  bucket: string,
  key: string,
  publications: number,
  impact: number,
  label = key.toUpperCase(),
): StatsRow => ({
  bucket,
  key,
  label,
  publications,
  impact,
});

const rows: StatsRow[] = [
  row('2026-05-01T00:00:00+02:00', 'a', 5, 6.5),
  row('2026-05-01T00:00:00+02:00', 'b', 3, 1),
  row('2026-07-01T00:00:00+02:00', 'a', 2, 2.25),
];

describe('buildChartData', () => {
  it('makes one series per group over all buckets, with 0 where a group has no publications', () => {
    const data = buildChartData(rows, 'count', { buckets: ['2026-05-01', '2026-06-01', '2026-07-01'] });
    expect(data.buckets).toEqual(['2026-05-01', '2026-06-01', '2026-07-01']);
    expect(data.series).toEqual([
      { key: 'a', label: 'A', values: [5, 0, 2], total: 7 },
      { key: 'b', label: 'B', values: [3, 0, 0], total: 3 },
    ]);
  });
  it('sums impact when the metric is impact', () => {
    const data = buildChartData(rows, 'impact');
    expect(data.buckets).toEqual(['2026-05-01', '2026-07-01']);
    expect(data.series[0]).toMatchObject({ key: 'a', values: [6.5, 2.25], total: 8.75 });
  });
  it('reads the BigInteger publication count the API sends as a string or number', () => {
    const data = buildChartData([{ ...rows[0], publications: '12' }], 'count');
    expect(data.series[0].values).toEqual([12]);
  });
  it('folds the smallest groups into one "other" series beyond the limit', () => {
    const many = ['a', 'b', 'c', 'd'].map((key, i) => row('2026-05-04T00:00:00Z', key, 10 - i, 0));
    const data = buildChartData(many, 'count', { maxSeries: 3, otherLabel: 'Other' });
    expect(data.series.map((s) => [s.key, s.total])).toEqual([
      ['a', 10],
      ['b', 9],
      [OTHER_SERIES_KEY, 15],
    ]);
  });
  it('draws nothing for an empty report', () => {
    expect(buildChartData([], 'count')).toEqual({ buckets: [], series: [] });
  });
});

describe('buckets', () => {
  const period = customPeriod('2026-05-06', '2026-05-20') as Period; // Wednesday to Wednesday
  it('lists every day, week (from Monday) or month the period touches', () => {
    expect(bucketDays(period, 'DAY')).toHaveLength(15);
    expect(bucketDays(period, 'WEEK')).toEqual(['2026-05-04', '2026-05-11', '2026-05-18']);
    expect(bucketDays(customPeriod('2026-01-15', '2026-03-01') as Period, 'MONTH')).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
  });
  it('aligns a Sunday to the Monday before it, as the server does', () => {
    expect(alignToBucket(new Date(2026, 10, 22), 'WEEK').getDate()).toBe(16);
  });
});

describe('table rows and totals', () => {
  it('orders rows by bucket and then label', () => {
    expect(buildTableRows(rows).map((r) => `${r.day} ${r.label}`)).toEqual([
      '2026-05-01 A',
      '2026-05-01 B',
      '2026-07-01 A',
    ]);
  });
  it('sums publications and impact', () => {
    expect(totals(rows)).toEqual({ publications: 10, impact: 9.75 });
  });
  it('formats buckets in the user locale', () => {
    expect(formatBucket('2026-05-01', 'MONTH', 'en')).toBe('May 2026');
    expect(formatBucket('2026-05-04', 'WEEK', 'en')).toBe('May 4, 2026');
  });
});
