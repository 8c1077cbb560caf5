import type { BaseQualityDayFieldsFragment, QualityFigure } from '../../generated/graphql';

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

const QUALITY_FIGURES = {
  INVALID_OR_MISSING_EMAIL: true,
  NO_CONSENT_EMAIL: true,
  NO_CONSENT_SMS: true,
  NO_CONSENT_PHONE: true,
  NO_CONSENT_POST: true,
  KEY_ANALYTICS_MISSING: true,
  SUSPECTED_DUPLICATE: true,
  UNTOUCHED: true,
} as const satisfies Record<QualityFigure, true>;

/** The lists of contacts behind each chart (what is missing from its figure); the contacts chart is all contacts. */
export const FIGURE_LISTS: Readonly<Record<FigureId, readonly QualityFigure[]>> = {
  contacts: [],
  validEmail: ['INVALID_OR_MISSING_EMAIL'],
  consent: ['NO_CONSENT_EMAIL', 'NO_CONSENT_SMS', 'NO_CONSENT_PHONE', 'NO_CONSENT_POST'],
  keyAnalytics: ['KEY_ANALYTICS_MISSING'],
  duplicates: ['SUSPECTED_DUPLICATE'],
  untouched: ['UNTOUCHED'],
};

/** Where the contacts behind a figure are listed: `/quality/no-consent-email`. */
export function figureListPath(figure: QualityFigure): string {
  return `/quality/${figure.toLowerCase().replaceAll('_', '-')}`;
}

/** The figure a list's address names, or null for an address that names none. */
export function figureOfPath(segment: string): QualityFigure | null {
  const figure = segment.toUpperCase().replaceAll('-', '_');
  return Object.hasOwn(QUALITY_FIGURES, figure) ? (figure as QualityFigure) : null;
}
