import { describe, expect, it } from 'vitest';
import { FIGURE_LISTS, figureListPath, figureOfPath, qualityFigures, type QualityDay } from './figures';

function day(d: string, figures: Partial<QualityDay>): QualityDay {
  return {
    day: d,
    recordedAt: `${d}T02:30:00Z`,
    contacts: 200,
    validEmail: 150,
    consentEmail: 50,
    consentSms: 20,
    consentPhone: 10,
    consentPost: 0,
    keyAnalyticsFilled: null,
    suspectedDuplicates: 4,
    untouched: 30,
    ...figures,
  };
}

describe('quality figures', () => {
  const figures = qualityFigures([
    day('2026-12-05', {}),
    day('2026-12-06', { contacts: 0, validEmail: 0 }),
    day('2026-12-07', { keyAnalyticsFilled: 50 }),
  ]);
  const byId = Object.fromEntries(figures.map((f) => [f.id, f]));

  it('shows email validity and consent as shares of the day’s contacts, 0 on a day without contacts', () => {
    expect(byId.validEmail!.series[0]!.values).toEqual([75, 0, 75]);
    expect(byId.consent!.series.map((s) => [s.key, s.values[0]])).toEqual([
      ['EMAIL', 25],
      ['SMS', 10],
      ['PHONE', 5],
      ['POST', 0],
    ]);
  });

  it('leaves days before any analytic was key out of the key analytics chart instead of drawing them as 0', () => {
    expect(byId.keyAnalytics!.days).toEqual(['2026-12-07']);
    expect(byId.keyAnalytics!.series[0]!.values).toEqual([25]);
  });

  it('keeps counts as counts', () => {
    expect(byId.contacts!.series[0]!.values).toEqual([200, 0, 200]);
    expect(byId.duplicates!.unit).toBe('count');
  });
});

describe('lists behind the figures', () => {
  it('names each list in the address and reads it back, refusing what names no figure', () => {
    expect(figureListPath('NO_CONSENT_EMAIL')).toBe('/quality/no-consent-email');
    expect(figureOfPath('no-consent-email')).toBe('NO_CONSENT_EMAIL');
    expect(figureOfPath('constructor')).toBeNull();
    expect(figureOfPath('contacts')).toBeNull();
  });

  it('offers a list behind every figure but the total', () => {
    expect(
      Object.entries(FIGURE_LISTS)
        .filter(([, lists]) => lists.length === 0)
        .map(([id]) => id),
    ).toEqual(['contacts']);
    expect(new Set(Object.values(FIGURE_LISTS).flat()).size).toBe(8);
  });
});
