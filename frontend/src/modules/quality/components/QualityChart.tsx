import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../ui/period';
import { chartScale, linePath, type TrendPoint } from '../../ui/trendSeries';
import { FIGURE_LISTS, figureListPath, type Figure } from '../figures';

const WIDTH = 480;
const HEIGHT = 140;
/** Up to this many days each day is marked with a dot (a single record is a dot and nothing else). */
const DOTS_UP_TO = 62;

/** Words a series of a figure: its own name in a chart of several, else the figure's. */
function seriesName(t: (key: string) => string, figure: Figure, key: string): string {
  return figure.series.length > 1 ? t(`quality.series.${key}`) : t(`quality.figures.${figure.id}.title`);
}

/**
 * One figure over time as a small SVG chart (the balance's approach: a chart library would add hundreds of kilobytes
 * for a few lines), with its latest value, the days it covers, a legend in colour-blind-safe colours and dash
 * patterns, and the numbers as a table for screen readers and exact reading.
 */
export function QualityChart({ figure }: Readonly<{ figure: Figure }>) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const format =
    figure.unit === 'share'
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(locale);
  const show = (value: number) => format.format(figure.unit === 'share' ? value / 100 : value);
  const title = t(`quality.figures.${figure.id}.title`);
  const id = `quality-${figure.id}`;

  if (figure.days.length === 0) {
    return (
      <figure className="panel quality-chart" id={id} aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="muted">{t(`quality.figures.${figure.id}.none`)}</p>
        <FigureLists figure={figure} />
      </figure>
    );
  }

  const points: TrendPoint[] = figure.days.map((start, i) => ({
    start,
    values: figure.series.map((s) => s.values[i]!),
  }));
  const scale = chartScale(points, WIDTH, HEIGHT);
  const first = formatDay(figure.days[0]!, locale);
  const last = formatDay(figure.days[figure.days.length - 1]!, locale);
  const latest = figure.series.map((s) => ({ key: s.key, value: s.values[s.values.length - 1]! }));
  const latestText = latest.map((l) => `${seriesName(t, figure, l.key)} ${show(l.value)}`).join(', ');
  return (
    <figure className="panel quality-chart" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted quality-chart__help">{t(`quality.figures.${figure.id}.help`)}</p>
      {figure.series.length === 1 ? (
        <p className="quality-chart__latest" id={`${id}-latest`}>
          {show(latest[0]!.value)}
        </p>
      ) : (
        <ul className="quality-chart__legend" id={`${id}-latest`}>
          {latest.map((l, i) => (
            <li key={l.key}>
              <svg className="quality-chart__key" viewBox="0 0 24 8" aria-hidden="true">
                <line x1={0} x2={24} y1={4} y2={4} className={`quality-line quality-line--${i}`} />
              </svg>
              {seriesName(t, figure, l.key)} <strong>{show(l.value)}</strong>
            </li>
          ))}
        </ul>
      )}
      <svg
        className="quality-chart__plot"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('quality.chartLabel', { title, from: first, to: last, latest: latestText })}
      >
        <line x1={0} x2={WIDTH} y1={scale.y(scale.max)} y2={scale.y(scale.max)} className="quality-chart__grid" />
        <line x1={0} x2={WIDTH} y1={scale.y(scale.min)} y2={scale.y(scale.min)} className="quality-chart__grid" />
        {figure.series.map((s, i) => (
          <g key={s.key} className={`quality-line quality-line--${i}`}>
            <path d={linePath(points, i, scale)} vectorEffect="non-scaling-stroke" />
            {points.length <= DOTS_UP_TO &&
              points.map((p, j) => (
                <circle
                  key={p.start}
                  cx={scale.x(j)}
                  cy={scale.y(p.values[i]!)}
                  r={3}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
          </g>
        ))}
      </svg>
      <p className="muted quality-chart__axis">
        <span>{first}</span>
        <span>{t('quality.range', { min: show(scale.min), max: show(scale.max) })}</span>
        <span>{last}</span>
      </p>
      <details>
        <summary>{t('quality.table')}</summary>
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{t('quality.day')}</th>
              {figure.series.map((s) => (
                <th key={s.key} scope="col">
                  {seriesName(t, figure, s.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.start}>
                <th scope="row">{formatDay(p.start, locale)}</th>
                {p.values.map((v, i) => (
                  <td key={figure.series[i]!.key}>{show(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <FigureLists figure={figure} />
    </figure>
  );
}

/** Where the contacts behind a figure are: its lists as they stand now (all contacts for the total). */
function FigureLists({ figure }: Readonly<{ figure: Figure }>) {
  const { t } = useTranslation();
  const lists = FIGURE_LISTS[figure.id];
  return (
    <ul className="quality-chart__lists">
      {lists.length === 0 ? (
        <li>
          <Link to="/contacts">{t('quality.allContacts')}</Link>
        </li>
      ) : (
        lists.map((list) => (
          <li key={list}>
            <Link id={`quality-list-${list.toLowerCase()}`} to={figureListPath(list)}>
              {t(`quality.lists.${list}.link`)}
            </Link>
          </li>
        ))
      )}
      {figure.id === 'duplicates' && (
        <li>
          <Link to="/contacts/duplicates">{t('quality.duplicatePairs')}</Link>
        </li>
      )}
    </ul>
  );
}
