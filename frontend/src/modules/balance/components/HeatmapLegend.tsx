import { useTranslation } from 'react-i18next';
import { cellSwatch, urgencySwatch } from '../colorScale';
import { URGENCIES, type BalanceCell, type HeatmapMetric } from '../types/Balance';

const sample = (overrides: Partial<BalanceCell>): BalanceCell => ({
  segmentId: '',
  channelId: '',
  weight: 1,
  clientPresence: 0,
  competitors: [],
  competitorPressure: 0,
  gap: 0,
  shareOfVoice: null,
  urgency: 'NONE',
  publications: 1,
  clientPublications: 0,
  ...overrides,
});

/** What the colours mean for the chosen metric. */
export function HeatmapLegend({ metric, immediateGap }: { metric: HeatmapMetric; immediateGap: number }) {
  const { t } = useTranslation();
  if (metric === 'urgency') {
    return (
      <ul className="heatmap-legend" aria-label={t('balance.legend')}>
        {[...URGENCIES].reverse().map((u) => (
          <li key={u}>
            <span
              className="heatmap-legend__swatch"
              style={{ background: urgencySwatch(u).background }}
              aria-hidden="true"
            />
            {t(`alerts.urgency.${u}`)}
          </li>
        ))}
      </ul>
    );
  }
  const context = { immediateGap, maxPresence: 1 };
  const steps: Partial<BalanceCell>[] =
    metric === 'gap'
      ? [-1.5, -0.75, 0, 0.75, 1.5, 3].map((g) => ({ gap: (g * immediateGap) / 2 }))
      : metric === 'shareOfVoice'
        ? [0, 0.25, 0.5, 0.75, 1].map((s) => ({ shareOfVoice: s }))
        : [-1, -0.5, 0, 0.5, 1].map((p) => ({ clientPresence: p }));
  const ends =
    metric === 'gap'
      ? [t('balance.legendGapLow'), t('balance.legendGapHigh')]
      : metric === 'shareOfVoice'
        ? ['0 %', '100 %']
        : [t('balance.legendToneLow'), t('balance.legendToneHigh')];
  return (
    <div className="heatmap-legend heatmap-legend--scale" aria-label={t('balance.legend')} role="img">
      <span>{ends[0]}</span>
      <span className="heatmap-legend__ramp">
        {steps.map((s, i) => (
          <span key={i} style={{ background: cellSwatch(sample(s), metric, context).background }} />
        ))}
      </span>
      <span>{ends[1]}</span>
      <span className="heatmap-legend__none">
        <span
          className="heatmap-legend__swatch"
          style={{ background: cellSwatch(null, metric, context).background }}
          aria-hidden="true"
        />
        {t('balance.legendEmpty')}
      </span>
    </div>
  );
}
