import { describe, expect, it } from 'vitest';
import { addDays, customRange, isDay, localDay, localMidnight, presetRange } from './period';

describe('the period model', () => {
  it('accepts only real calendar days', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('26-02-01')).toBe(false);
    expect(isDay(undefined)).toBe(false);
  });

  it('counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('ends presets with today and takes whole previous months and quarters', () => {
    expect(presetRange('last7Days', '2026-01-03')).toEqual({ from: '2025-12-28', to: '2026-01-04' });
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2026-01-01' });
    expect(presetRange('lastQuarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2026-01-01' });
    expect(presetRange('last12Months', '2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-04-01' });
  });

  it('includes both picked days of a custom range, or says why it cannot', () => {
    expect(customRange('2026-05-01', '2026-05-31')).toEqual({ from: '2026-05-01', to: '2026-06-01' });
    expect(customRange('', '2026-05-31')).toBe('missing');
    expect(customRange('2026-05-31', '2026-05-01')).toBe('endBeforeStart');
  });

  it('turns a local day into its local midnight and back, even on a daylight-saving day', () => {
    // 29 March 2026: clocks in Europe go forward; the day still starts at its local midnight.
    expect(localDay(localMidnight('2026-03-29'))).toBe('2026-03-29');
    expect(localMidnight('2026-03-29').getHours()).toBe(0);
  });
});
