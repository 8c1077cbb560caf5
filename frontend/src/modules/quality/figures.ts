import type { BaseQualityDayFieldsFragment } from '../../generated/graphql';

export type QualityDay = BaseQualityDayFieldsFragment;

/** The figures of the dashboard, each one chart. */
export const FIGURES = ['contacts', 'validEmail', 'consent', 'keyAnalytics', 'duplicates', 'untouched'] as const;
export type FigureId = (typeof FIGURES)[number];

export type Unit = 'count' | 'share';

export type FigureSeries = Readonly<{ key: string; values: readonly number[] }>;

/** One chart: its days and one or more series over them, as counts or as shares of the contacts (0–100). */
export type Figure = Readonly<{ id: FigureId; unit: Unit; days: readonly string[]; series: readonly FigureSeries[] }>;

/** A share of the day's contacts in per cent; 0 for a day without contacts. */
function share(part: number, day: QualityDay): number {
  return day.contacts === 0 ? 0 : (100 * part) / day.contacts;
}

/**
 * The dashboard's figures from the daily records (oldest first). Shares rather than counts where the base's growth
 * would hide the change (email validity, consent, key analytics); a day without key analytics (none was key yet) is
 * left out of that chart rather than drawn as 0.
 */
export function qualityFigures(days: readonly QualityDay[]): Figure[] {
  const all = days.map((d) => d.day);
  const withKey = days.filter((d) => d.keyAnalyticsFilled !== null);
  return [
    { id: 'contacts', unit: 'count', days: all, series: [{ key: 'contacts', values: days.map((d) => d.contacts) }] },
    {
      id: 'validEmail',
      unit: 'share',
      days: all,
      series: [{ key: 'validEmail', values: days.map((d) => share(d.validEmail, d)) }],
    },
    {
      id: 'consent',
      unit: 'share',
      days: all,
      series: [
        { key: 'EMAIL', values: days.map((d) => share(d.consentEmail, d)) },
        { key: 'SMS', values: days.map((d) => share(d.consentSms, d)) },
        { key: 'PHONE', values: days.map((d) => share(d.consentPhone, d)) },
        { key: 'POST', values: days.map((d) => share(d.consentPost, d)) },
      ],
    },
    {
      id: 'keyAnalytics',
      unit: 'share',
      days: withKey.map((d) => d.day),
      series: [{ key: 'keyAnalytics', values: withKey.map((d) => share(d.keyAnalyticsFilled ?? 0, d)) }],
    },
    {
      id: 'duplicates',
      unit: 'count',
      days: all,
      series: [{ key: 'duplicates', values: days.map((d) => d.suspectedDuplicates) }],
    },
    { id: 'untouched', unit: 'count', days: all, series: [{ key: 'untouched', values: days.map((d) => d.untouched) }] },
  ];
}
