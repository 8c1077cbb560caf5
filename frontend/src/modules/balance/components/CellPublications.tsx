import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { rangeInstants } from '../period';
import { useCellPublications } from '../hooks/useCellPublications';

const SHOWN = 20;

type Props = Readonly<{ workspaceId: string; segmentId: string; channelId: string; from: string; to: string }>;

/** The publications behind a cell: its channel, assessed for its segment, within the period. */
export function CellPublications({ workspaceId, segmentId, channelId, from, to }: Props) {
  const { t, i18n } = useTranslation();
  const { data, error, fetching, retry } = useCellPublications({
    workspaceId,
    segmentId,
    channelId,
    ...rangeInstants(from, to),
    first: SHOWN,
  });
  if (error && !data) return <ErrorState error={error} onRetry={retry} />;
  if (fetching && !data) return <LoadingState />;
  const connection = data?.publications;
  const items = connection?.edges.map((e) => e.node) ?? [];
  if (items.length === 0) return <p className="muted">{t('balance.drill.noPublications')}</p>;
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <>
      <ul className="stack-list cell-publications" id="cell-publications">
        {items.map((p) => {
          const assessment = p.assessments.find((a) => a.segment.id === segmentId);
          return (
            <li
              key={p.id}
              className={
                p.brand.kind === 'CLIENT'
                  ? 'cell-publications__item cell-publications__item--client'
                  : 'cell-publications__item'
              }
            >
              <span className="cell-publications__title">
                {p.url ? (
                  <a href={p.url} target="_blank" rel="noreferrer noopener">
                    {p.title}
                  </a>
                ) : (
                  p.title
                )}
              </span>
              <span className="muted">
                {p.brand.name} · {day.format(new Date(p.publishedAt))}
                {assessment &&
                  ` · ${t(`balance.drill.sentiment.${assessment.sentiment}`)} · ${t('balance.drill.impact', { impact: number.format(assessment.impact) })}`}
              </span>
            </li>
          );
        })}
      </ul>
      {(connection?.totalCount ?? 0) > items.length && (
        <p className="muted">
          {t('balance.drill.morePublications', { shown: items.length, total: connection?.totalCount ?? 0 })}{' '}
          <Link to="/publications">{t('balance.drill.allPublications')}</Link>
        </p>
      )}
    </>
  );
}
