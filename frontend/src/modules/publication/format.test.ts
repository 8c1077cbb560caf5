import { describe, expect, it } from 'vitest';
import { datePartOrder, formatPickerDate, fractionFormat, parsePickerDate } from './format';

describe('locale date input', () => {
  it('knows the order of date parts per language', () => {
    expect(datePartOrder('en-US')).toEqual(['month', 'day', 'year']);
    expect(datePartOrder('ru')).toEqual(['day', 'month', 'year']);
  });

  it('reads back what it shows, in each supported language', () => {
    for (const locale of ['en', 'ru', 'uk', 'pl']) {
      const date = { day: 9, month: 10, year: 2026 };
      expect(parsePickerDate(locale, formatPickerDate(locale, date))).toEqual(date);
    }
  });

  it('refuses impossible dates and other text', () => {
    expect(parsePickerDate('ru', '31.02.2026')).toBeUndefined();
    expect(parsePickerDate('ru', 'tomorrow')).toBeUndefined();
  });

  it('formats fractions with the locale decimal separator', () => {
    expect(fractionFormat('en').format(0.5)).toBe('0.50');
    expect(fractionFormat('ru').format(0.5)).toBe('0,50');
  });
});
