import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { formatDay, trendRange } from '../period';
import { chartScale, linePath, type TrendPoint } from '../../ui/trendSeries';
import { useMediaBalanceTrend } from '../hooks/useMediaBalanceTrend';

const WIDTH = 560;
const HEIGHT = 160;
const SERIES = ['gap', 'clientPresence', 'competitorPressure'] as const;

type Props = Readonly<{
  workspaceId: string;
  segmentId: string;
  channelId: string;
  from: string;
  to: string;
  clientName: string;
}>;

/**
 * How the cell moved: gap, client presence and competitor pressure per week (or month), as a small SVG
 * chart. A chart library would add hundreds of kilobytes for three lines.
 */
export function TrendChart({ workspaceId, segmentId, channelId, from, to, clientName }: Props) {
  const { t, i18n } = useTranslation();
  const range = trendRange(from, to);
  const { data, error, fetching, retry } = useMediaBalanceTrend({
    workspaceId,
    segmentId,
    channelId,
    bucket: range.bucket,
    from: range.from,
    to: range.to,
  });
  if (error && !data) return <ErrorState error={error} onRetry={retry} />;
  if (fetching && !data) return <LoadingState />;
  const trend = data?.mediaBalanceTrend ?? [];
  if (trend.length === 0) return <p className="muted">{t('balance.trend.empty')}</p>;

  const points: TrendPoint[] = trend.map((p) => ({ start: p.start, values: SERIES.map((s) => p.cell[s]) }));
  const scale = chartScale(points, WIDTH, HEIGHT);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const names = [
    t('balance.trend.gap'),
    t('balance.trend.client', { name: clientName }),
    t('balance.trend.competitors'),
  ];
  const label = t('balance.trend.label', {
    bucket: t(`balance.trend.buckets.${range.bucket}`),
    from: formatDay(range.from, i18n.language),
    to: formatDay(points[points.length - 1]!.start, i18n.language),
  });
  const zeroY = scale.y(0);
  return (
    <figure className="trend-chart" id="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="none">
        <line x1={0} x2={WIDTH} y1={zeroY} y2={zeroY} className="trend-chart__zero" />
        {SERIES.map((s, i) => (
          <path
            key={s}
            d={linePath(points, i, scale)}
            className={`trend-chart__line trend-chart__line--${s}`}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <figcaption>
        <span className="muted">
          {formatDay(points[0]!.start, i18n.language)} – {formatDay(points[points.length - 1]!.start, i18n.language)} ·{' '}
          {t('balance.trend.range', { min: number.format(scale.min), max: number.format(scale.max) })}
        </span>
        <ul className="trend-chart__legend">
          {SERIES.map((s, i) => (
            <li key={s}>
              <span className={`trend-chart__key trend-chart__key--${s}`} aria-hidden="true" />
              {names[i]}
            </li>
          ))}
        </ul>
      </figcaption>
      <details>
        <summary>{t('balance.trend.table')}</summary>
        <table className="trend-chart__table">
          <thead>
            <tr>
              <th scope="col">{t(`balance.trend.buckets.${range.bucket}`)}</th>
              {names.map((n) => (
                <th key={n} scope="col">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.start}>
                <th scope="row">{formatDay(p.start, i18n.language)}</th>
                {p.values.map((v, i) => (
                  <td key={SERIES[i]}>{number.format(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
