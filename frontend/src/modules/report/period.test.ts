import { describe, expect, it } from 'vitest';
import { customPeriod, lastDayOf, parseIsoDate, presetPeriod, suggestedBucket, toIsoDate } from './period';

// Dates are built in the local time zone, as the app computes them in the browser's zone.
const now = new Date(2026, 10, 22, 15, 30); // Sunday 22 November 2026, afternoon
const days = (p: { from: Date; to: Date }) => [toIsoDate(p.from), toIsoDate(p.to)];

describe('presetPeriod', () => {
  it('ends every rolling range with today included', () => {
    expect(days(presetPeriod('last7Days', now))).toEqual(['2026-11-16', '2026-11-23']);
    expect(days(presetPeriod('last30Days', now))).toEqual(['2026-10-24', '2026-11-23']);
    expect(days(presetPeriod('last90Days', now))).toEqual(['2026-08-25', '2026-11-23']);
  });
  it('gives calendar months and the year so far', () => {
    expect(days(presetPeriod('thisMonth', now))).toEqual(['2026-11-01', '2026-11-23']);
    expect(days(presetPeriod('lastMonth', now))).toEqual(['2026-10-01', '2026-11-01']);
    expect(days(presetPeriod('last6Months', now))).toEqual(['2026-06-01', '2026-11-23']);
    expect(days(presetPeriod('thisYear', now))).toEqual(['2026-01-01', '2026-11-23']);
    expect(days(presetPeriod('last12Months', now))).toEqual(['2025-12-01', '2026-11-23']);
  });
  it('crosses a year boundary for last month in January', () => {
    expect(days(presetPeriod('lastMonth', new Date(2027, 0, 10)))).toEqual(['2026-12-01', '2027-01-01']);
  });
  it('starts at local midnight', () => {
    const { from } = presetPeriod('last7Days', now);
    expect([from.getHours(), from.getMinutes()]).toEqual([0, 0]);
  });
});

describe('customPeriod', () => {
  it('includes both picked days', () => {
    const period = customPeriod('2026-05-01', '2026-05-31');
    expect(typeof period).toBe('object');
    if (typeof period === 'object') {
      expect(days(period)).toEqual(['2026-05-01', '2026-06-01']);
      expect(toIsoDate(lastDayOf(period))).toBe('2026-05-31');
    }
  });
  it('says why a range cannot be used', () => {
    expect(customPeriod('', '2026-05-31')).toBe('missing');
    expect(customPeriod('2026-05-10', '2026-05-01')).toBe('endBeforeStart');
  });
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('yesterday')).toBeUndefined();
  });
});

describe('suggestedBucket', () => {
  it('uses days for a month, weeks up to half a year and months beyond', () => {
    expect(suggestedBucket(presetPeriod('last30Days', now))).toBe('DAY');
    expect(suggestedBucket(presetPeriod('last90Days', now))).toBe('WEEK');
    expect(suggestedBucket(presetPeriod('last6Months', now))).toBe('WEEK');
    expect(suggestedBucket(presetPeriod('last12Months', now))).toBe('MONTH');
  });
});
