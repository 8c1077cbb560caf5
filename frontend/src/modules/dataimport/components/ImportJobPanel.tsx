import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { importStatus, problemMessage, progressOf } from '../importJob';
import type { ImportJob } from '../types/Import';

type Problem = ImportJob['problems'][number];

export function ImportJobPanel({ job, error }: { job: ImportJob; error?: CombinedError }) {
  const { t, i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(i18n.language);
  const n = (value: unknown) => numbers.format(Number(value ?? 0));
  const progress = progressOf(job);
  const status = importStatus(job, t, n);
  const problems = [...job.problems];
  const shownLess = Number(job.problemCount) > problems.length;

  return (
    <section className="panel import-job" aria-labelledby="import-job-title">
      <h3 id="import-job-title">{t('dataimport.job.title', { file: job.fileName })}</h3>
      <ProgressBar
        id="import-progress"
        indeterminate={progress === null}
        value={progress ?? undefined}
        theme={job.state === 'FAILED' ? 'error' : job.state === 'SUCCEEDED' ? 'success' : undefined}
        aria-label={t('dataimport.job.progress')}
      />
      <p
        id="import-status"
        role="status"
        aria-live="polite"
        className={job.state === 'FAILED' ? 'form-error' : undefined}
      >
        {status}
      </p>
      {job.failure === 'ERROR' && job.message && <p className="muted">{job.message}</p>}
      {error && (
        <p role="alert" className="form-error">
          {generalErrorMessage(error, t)}
        </p>
      )}
      {problems.length > 0 && (
        <>
          <h4>{t('dataimport.job.problems')}</h4>
          {shownLess && (
            <p className="muted">
              {t('dataimport.job.firstProblems', { shown: n(problems.length), count: n(job.problemCount) })}
            </p>
          )}
          <Grid<Problem>
            id="import-problems"
            items={problems}
            aria-label={t('dataimport.job.problems')}
            theme="row-stripes wrap-cell-content"
            allRowsVisible={problems.length <= 20}
            className="import-problems"
          >
            <GridColumn<Problem> header={t('dataimport.job.line')} width="5rem" flexGrow={0} textAlign="end">
              {({ item }) => <span>{n(item.line)}</span>}
            </GridColumn>
            <GridColumn<Problem> header={t('dataimport.job.column')} width="8rem" flexGrow={1}>
              {({ item }) => <span>{item.column ?? '—'}</span>}
            </GridColumn>
            <GridColumn<Problem> header={t('dataimport.job.reason')} width="12rem" flexGrow={3}>
              {({ item }) => <span>{problemMessage(item, t)}</span>}
            </GridColumn>
          </Grid>
        </>
      )}
    </section>
  );
}
