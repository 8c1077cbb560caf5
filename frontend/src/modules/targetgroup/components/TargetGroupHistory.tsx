import { Button } from '@vaadin/react-components/Button.js';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetGroupChangeKind } from '../../../generated/graphql';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { EChart } from '../../report/components/EChart';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { CursorPager } from '../../ui/components/CursorPager';
import { ErrorState } from '../../ui/components/ErrorState';
import { FormError } from '../../ui/components/FormError';
import { LoadingState } from '../../ui/components/LoadingState';
import { useCursorPages } from '../../ui/hooks/useCursorPages';
import { addDays, formatDay, presetRange, utcDay } from '../../ui/period';
import { historyChartOption, type HistoryDay } from '../history';
import { CHANGES_PAGE_SIZE, useTargetGroupChanges } from '../hooks/useTargetGroupChanges';
import { useRecordTargetGroupHistory } from '../hooks/useRecordTargetGroupHistory';
import { useTargetGroupHistory } from '../hooks/useTargetGroupHistory';
import { contactPath, memberName } from './MemberList';

const PERIODS = ['last30Days', 'last90Days', 'last12Months'] as const;
type Period = (typeof PERIODS)[number];
const KINDS = ['JOINED', 'LEFT'] as const satisfies readonly TargetGroupChangeKind[];
// Below this chart width the legend needs a line of its own.
const NARROW_CHART = 500;

type Props = Readonly<{ workspaceId: string; targetGroupId: string; canWrite: boolean }>;

/** The group over time: its size and who joined and left per day as a chart, then the recent joins or leaves. */
export function TargetGroupHistory({ workspaceId, targetGroupId, canWrite }: Props) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>('last90Days');
  // The records are days of the server's calendar (UTC), as the API's Date.
  const range = useMemo(() => presetRange(period, utcDay(new Date())), [period]);
  const { days, error, retry } = useTargetGroupHistory(workspaceId, targetGroupId, range.from, addDays(range.to, -1));
  const [recordState, record] = useRecordTargetGroupHistory();

  return (
    <section className="panel tg-history" aria-labelledby="tg-history-title" id="tg-history">
      <div className="card__header">
        <h3 id="tg-history-title">{t('targetGroups.history.title')}</h3>
        {canWrite && (
          <Button
            id="tg-history-record"
            theme="tertiary small"
            disabled={recordState.fetching}
            onClick={() => void record({ workspaceId })}
          >
            {t('targetGroups.history.recordNow')}
          </Button>
        )}
      </div>
      <p className="muted">{t('targetGroups.history.intro')}</p>
      <FormError message={recordState.error && generalErrorMessage(recordState.error, t)} />
      <ChoiceSelect
        id="tg-history-period"
        label={t('targetGroups.history.period')}
        value={period}
        choices={PERIODS}
        words="targetGroups.history.periods"
        onChange={setPeriod}
      />
      {error && !days ? (
        <ErrorState error={error} onRetry={retry} />
      ) : !days ? (
        <LoadingState />
      ) : days.length === 0 ? (
        <p className="muted" id="tg-history-empty">
          {t('targetGroups.history.none')}
        </p>
      ) : (
        <HistoryChart days={days} />
      )}
      {/* A fresh first page for each period. */}
      <Changes key={range.from} workspaceId={workspaceId} targetGroupId={targetGroupId} since={range.from} />
    </section>
  );
}

function HistoryChart({ days }: Readonly<{ days: readonly HistoryDay[] }>) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const number = new Intl.NumberFormat(locale);
  const words = useMemo(
    () => ({
      size: t('targetGroups.history.size'),
      joined: t('targetGroups.history.joined'),
      left: t('targetGroups.history.left'),
      changes: t('targetGroups.history.changes'),
    }),
    [t],
  );
  const option = useCallback(
    (width: number) => historyChartOption(days, words, locale, width < NARROW_CHART),
    [days, words, locale],
  );
  const last = days[days.length - 1]!;
  const label = t('targetGroups.history.chartLabel', {
    from: formatDay(days[0]!.day, locale),
    to: formatDay(last.day, locale),
    size: number.format(last.size),
  });
  return (
    <>
      <EChart
        id="tg-history-chart"
        className="tg-history__chart"
        option={option}
        label={label}
        failedText={t('targetGroups.history.chartFailed')}
      />
      <details>
        <summary>{t('targetGroups.history.table')}</summary>
        <table className="figures-table" id="tg-history-table">
          <thead>
            <tr>
              <th scope="col">{t('targetGroups.history.day')}</th>
              <th scope="col">{words.size}</th>
              <th scope="col">{words.joined}</th>
              <th scope="col">{words.left}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(d.day, locale)}</th>
                <td>{number.format(d.size)}</td>
                <td>{number.format(d.joined)}</td>
                <td>{number.format(d.left)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

type ChangesProps = Readonly<{ workspaceId: string; targetGroupId: string; since: string }>;

/** Who joined (or left) from `since` on, a page at a time, each a link to the contact's card. */
function Changes({ workspaceId, targetGroupId, since }: ChangesProps) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<TargetGroupChangeKind>('JOINED');
  const pages = useCursorPages(CHANGES_PAGE_SIZE);
  const { first } = pages;
  const { changes, pageInfo, error, retry } = useTargetGroupChanges(
    workspaceId,
    targetGroupId,
    kind,
    since,
    pages.after,
  );
  return (
    <section className="tg-changes" aria-labelledby="tg-changes-title">
      <h4 id="tg-changes-title">{t('targetGroups.history.changesTitle')}</h4>
      <ChoiceSelect
        id="tg-changes-kind"
        label={t('targetGroups.history.kind')}
        value={kind}
        choices={KINDS}
        words="targetGroups.history.kinds"
        onChange={(value) => {
          setKind(value);
          pages.reset();
        }}
      />
      {error && !changes ? (
        <ErrorState error={error} onRetry={retry} />
      ) : !changes ? (
        <LoadingState />
      ) : changes.length === 0 ? (
        <p className="muted" id="tg-changes-none">
          {t(`targetGroups.history.noChanges.${kind}`, { since: formatDay(since, i18n.language) })}
        </p>
      ) : (
        <ul
          className="stack-list tg-members__list"
          id="tg-changes"
          aria-label={t('targetGroups.history.changesRange', { first, last: first + changes.length - 1 })}
        >
          {changes.map((change) => (
            <li key={`${change.day}-${change.contactId}`} className="tg-member">
              <span className="entity-cell">
                <Link className="entity-cell__name" to={contactPath(change.contactId)}>
                  {memberName(change)}
                </Link>
                <span className="entity-cell__meta">
                  {[formatDay(change.day, i18n.language), change.email, change.companyName].filter(Boolean).join(' · ')}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <CursorPager
        pages={pages}
        pageInfo={pageInfo}
        previousLabel={t('targetGroups.members.previous')}
        nextLabel={t('targetGroups.members.next')}
      />
    </section>
  );
}
