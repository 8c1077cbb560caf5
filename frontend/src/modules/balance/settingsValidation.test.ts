import { describe, expect, it } from 'vitest';
import { validateSettings } from './settingsValidation';

const draft = (immediateGap: string, moderateGap: string, alertWindowDays: string, secondaryGap = '0,25') => ({
  immediateGap,
  moderateGap,
  secondaryGap,
  alertWindowDays,
});

describe('validateSettings', () => {
  it('accepts the defaults and decimal commas', () => {
    expect(validateSettings(draft('2', '1', '30'))).toEqual({
      values: { immediateGap: 2, moderateGap: 1, secondaryGap: 0.25, alertWindowDays: 30 },
      problems: {},
    });
    expect(validateSettings(draft('2,5', '1,5', '7')).values).toEqual({
      immediateGap: 2.5,
      moderateGap: 1.5,
      secondaryGap: 0.25,
      alertWindowDays: 7,
    });
  });
  it('lets moderate equal immediate but not exceed it', () => {
    expect(validateSettings(draft('2', '2', '30')).problems).toEqual({});
    expect(validateSettings(draft('1', '2', '30')).problems).toEqual({ moderateGap: 'moderateAboveImmediate' });
  });
  it('lets the smallest gap worth an alert be 0 or up to the moderate threshold, not above it', () => {
    expect(validateSettings(draft('2', '1', '30', '0')).problems).toEqual({});
    expect(validateSettings(draft('2', '1', '30', '1')).problems).toEqual({});
    expect(validateSettings(draft('2', '1', '30', '1,5')).problems).toEqual({ secondaryGap: 'secondaryAboveModerate' });
    expect(validateSettings(draft('2', '1', '30', '-0,1')).problems).toEqual({ secondaryGap: 'notNegative' });
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
