import { Button } from '@vaadin/react-components/Button.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice, type Notice } from '../../ui/components/PageNotice';
import { addDays, presetRange, utcDay } from '../../ui/period';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { qualityFigures } from '../figures';
import { useBaseQuality } from '../hooks/useBaseQuality';
import { useRecordBaseQuality } from '../hooks/useRecordBaseQuality';
import { QualityChart } from './QualityChart';
import '../../ui/pages.css';
import '../quality.css';

const PERIODS = ['last30Days', 'last90Days', 'last12Months'] as const;
type Period = (typeof PERIODS)[number];

/** The quality of the customer base over time: one chart per figure of the daily records, and "Record now". */
export function QualityPage() {
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const [period, setPeriod] = useState<Period>('last90Days');
  // The records are days of the server's calendar (UTC), as the API's Date.
  const range = useMemo(() => presetRange(period, utcDay(new Date())), [period]);
  const { days, error, fetching, retry } = useBaseQuality(current?.id ?? null, range.from, addDays(range.to, -1));
  const [recordState, record] = useRecordBaseQuality();
  const [notice, setNotice] = useState<Notice | null>(null);

  if (!loaded || (current && !days && fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t('quality.noWorkspace')}</p>;
  if (error && !days) return <ErrorState error={error} onRetry={retry} />;

  const recordNow = async () => {
    setNotice(null);
    const result = await record({ workspaceId: current.id });
    const recorded = result.data?.recordBaseQuality;
    setNotice(
      recorded
        ? {
            kind: 'ok',
            text: t('quality.recorded', {
              when: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
                new Date(recorded.recordedAt),
              ),
            }),
          }
        : { kind: 'error', text: generalErrorMessage(result.error, t) ?? '' },
    );
  };
  const recordButton = canWrite && (
    <Button id="quality-record" theme="primary" disabled={recordState.fetching} onClick={() => void recordNow()}>
      {t('quality.recordNow')}
    </Button>
  );
  const figures = qualityFigures(days ?? []);

  return (
    <section className="page quality-page">
      <header className="page__header">
        <h2>{t('quality.title')}</h2>
        {recordButton}
      </header>
      <p className="muted page__notice">{t('quality.intro')}</p>
      {recordState.fetching && (
        <div className="quality-recording" role="status" aria-live="polite">
          <span>{t('quality.recording')}</span>
          <ProgressBar indeterminate aria-label={t('quality.recording')} />
        </div>
      )}
      <PageNotice notice={notice} />
      <div className="quality-toolbar">
        <ChoiceSelect
          id="quality-period"
          label={t('quality.period')}
          value={period}
          choices={PERIODS}
          words="quality.periods"
          onChange={setPeriod}
        />
      </div>
      {(days ?? []).length === 0 ? (
        <div className="card empty quality-empty" id="quality-empty">
          <p>{t('quality.empty')}</p>
          {!canWrite && <p className="muted">{t('quality.emptyReader')}</p>}
        </div>
      ) : (
        <div className="quality-grid" id="quality-charts">
          {figures.map((figure) => (
            <QualityChart key={figure.id} figure={figure} />
          ))}
        </div>
      )}
    </section>
  );
}
