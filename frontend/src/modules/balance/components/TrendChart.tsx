import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { formatDay, lastDay, trendRange } from '../period';
import { chartScale, linePath, xTicks, yTicks, type TrendPoint } from '../../ui/trendSeries';
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
 * How the cell moved over the selected period: gap, client presence and competitor pressure per day, week or
 * month, as a small SVG chart with its values and dates on the axes. A chart library would add hundreds of kilobytes for three lines.
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
  const ys = yTicks(scale);
  const xs = xTicks(points.length);
  return (
    <figure className="trend-chart" id="trend-chart">
      {/* Axes in HTML beside the stretched SVG (preserveAspectRatio none would distort SVG text). */}
      <div className="trend-chart__plot">
        <div className="trend-chart__y" aria-hidden="true">
          {ys.map((v) => (
            <span key={v} style={{ top: `${(scale.y(v) / HEIGHT) * 100}%` }}>
              {number.format(v)}
            </span>
          ))}
        </div>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="none">
          {ys.map((v) => (
            <line key={v} x1={0} x2={WIDTH} y1={scale.y(v)} y2={scale.y(v)} className="trend-chart__grid" />
          ))}
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
        <div className="trend-chart__x" aria-hidden="true">
          {xs.map((i) => (
            <span
              key={i}
              className={i === 0 ? 'first' : i === points.length - 1 ? 'last' : undefined}
              style={{ left: `${(scale.x(i) / WIDTH) * 100}%` }}
            >
              {formatDay(points[i]!.start, i18n.language)}
            </span>
          ))}
        </div>
      </div>
      <figcaption>
        <span className="muted">
          {formatDay(range.from, i18n.language)} – {formatDay(lastDay(range.to), i18n.language)} ·{' '}
          {t(`balance.trend.per.${range.bucket}`)}
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
