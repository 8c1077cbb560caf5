import { describe, expect, it } from 'vitest';
import { validateSettings } from './settingsValidation';

const draft = (immediateGap: string, moderateGap: string, alertWindowDays: string) => ({
  immediateGap,
  moderateGap,
  alertWindowDays,
});

describe('validateSettings', () => {
  it('accepts the defaults and decimal commas', () => {
    expect(validateSettings(draft('2', '1', '30'))).toEqual({
      values: { immediateGap: 2, moderateGap: 1, alertWindowDays: 30 },
      problems: {},
    });
    expect(validateSettings(draft('2,5', '1,5', '7')).values).toEqual({
      immediateGap: 2.5,
      moderateGap: 1.5,
      alertWindowDays: 7,
    });
  });
  it('lets moderate equal immediate but not exceed it', () => {
    expect(validateSettings(draft('2', '2', '30')).problems).toEqual({});
    expect(validateSettings(draft('1', '2', '30')).problems).toEqual({ moderateGap: 'moderateAboveImmediate' });
  });
  it('wants thresholds above zero', () => {
    expect(validateSettings(draft('0', '-1', '30')).problems).toEqual({
      immediateGap: 'positive',
      moderateGap: 'positive',
    });
  });
  it('keeps the window between 1 and 366 whole days', () => {
    expect(validateSettings(draft('2', '1', '0')).problems).toEqual({ alertWindowDays: 'windowRange' });
    expect(validateSettings(draft('2', '1', '367')).problems).toEqual({ alertWindowDays: 'windowRange' });
    expect(validateSettings(draft('2', '1', '366')).problems).toEqual({});
    expect(validateSettings(draft('2', '1', '1.5')).problems).toEqual({ alertWindowDays: 'wholeDays' });
  });
  it('names empty fields', () => {
    expect(validateSettings(draft('', 'x', '')).problems).toEqual({
      immediateGap: 'required',
      moderateGap: 'required',
      alertWindowDays: 'required',
    });
  });
});
