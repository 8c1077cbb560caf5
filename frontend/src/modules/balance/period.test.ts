import { describe, expect, it } from 'vitest';
import { daysBetween, periodRange, trendRange } from './period';

// 22 Nov 2026, late evening in UTC: still the 22nd for the API.
const now = new Date('2026-11-22T23:30:00Z');

describe('periodRange', () => {
  it('leaves the alert window to the API (no from/to)', () => {
    expect(periodRange('alertWindow', now)).toEqual({ from: null, to: null });
  });

  it('counts the last N days including today, ending at tomorrow (exclusive)', () => {
    expect(periodRange('last7Days', now)).toEqual({ from: '2026-11-16', to: '2026-11-23' });
    expect(periodRange('last30Days', now)).toEqual({ from: '2026-10-24', to: '2026-11-23' });
    expect(periodRange('last90Days', now)).toEqual({ from: '2026-08-25', to: '2026-11-23' });
    const r = periodRange('last90Days', now) as { from: string; to: string };
    expect(daysBetween(r.from, r.to)).toBe(90);
  });

  it('uses UTC days, not the browser zone', () => {
    // 00:30 on the 23rd in Warsaw is still the 22nd in UTC.
    expect(periodRange('last7Days', new Date('2026-11-22T23:30:00+01:00'))).toEqual({
      from: '2026-11-16',
      to: '2026-11-23',
    });
  });

  it('knows this and the last calendar quarter, across a year boundary', () => {
    expect(periodRange('thisQuarter', now)).toEqual({ from: '2026-10-01', to: '2026-11-23' });
    expect(periodRange('lastQuarter', now)).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    const february = new Date('2027-02-10T12:00:00Z');
    expect(periodRange('lastQuarter', february)).toEqual({ from: '2026-10-01', to: '2027-01-01' });
  });

  it('includes both picked days of a custom range and names what is wrong', () => {
    expect(periodRange('custom', now, { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
    });
    expect(periodRange('custom', now, { from: '2026-11-05', to: '2026-11-05' })).toEqual({
      from: '2026-11-05',
      to: '2026-11-06',
    });
    expect(periodRange('custom', now, { from: '', to: '2026-11-30' })).toBe('missing');
    expect(periodRange('custom', now, { from: '2026-11-30', to: '2026-11-01' })).toBe('endBeforeStart');
    expect(periodRange('custom', now, { from: '2020-01-01', to: '2026-11-01' })).toBe('tooLong');
  });
});

describe('trendRange', () => {
  it('covers exactly the selected period: by day up to a month, by week up to half a year, by month beyond', () => {
    expect(trendRange('2026-11-16', '2026-11-23')).toEqual({ from: '2026-11-16', to: '2026-11-23', bucket: 'DAY' });
    expect(trendRange('2026-10-24', '2026-11-23')).toEqual({ from: '2026-10-24', to: '2026-11-23', bucket: 'DAY' });
    expect(trendRange('2026-08-25', '2026-11-23')).toEqual({ from: '2026-08-25', to: '2026-11-23', bucket: 'WEEK' });
    expect(trendRange('2026-01-01', '2026-11-23').bucket).toBe('MONTH');
  });
});
