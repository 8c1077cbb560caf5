import type { TFunction } from 'i18next';
import type { ImportJob } from './types/Import';

/** Progress of the import's current step in [0, 1] for a determinate bar, or null while its size is unknown. */
export function progressOf(job: { state: string; stepDone: unknown; stepTotal?: unknown }): number | null {
  const total = job.stepTotal === null || job.stepTotal === undefined ? null : Number(job.stepTotal);
  if (job.state === 'SUCCEEDED') return 1;
  if (job.state === 'WRITING' && total) return Math.min(1, Number(job.stepDone) / total);
  if (job.state === 'WRITING') return 0;
  return null;
}

/** The status line: the state, and while writing, the step with its counts. */
export function importStatus(job: ImportJob, t: TFunction, n: (value: unknown) => string): string {
  switch (job.state) {
    case 'QUEUED':
      return t('dataimport.job.queued');
    case 'CHECKING':
      return t('dataimport.job.checking', { checked: n(job.rowsChecked) });
    case 'WRITING':
      return job.step === 'UPDATING_MEDIA_BALANCE'
        ? t('dataimport.job.updatingBalance', { done: n(job.stepDone), total: n(job.stepTotal) })
        : t('dataimport.job.writing', { written: n(job.rowsWritten), total: n(job.rowsTotal) });
    case 'SUCCEEDED': {
      const done =
        job.rowsCreated === null || job.rowsCreated === undefined
          ? t('dataimport.job.succeeded', { total: n(job.rowsTotal ?? job.rowsWritten) })
          : t('dataimport.job.counted', {
              created: n(job.rowsCreated),
              updated: n(job.rowsUpdated),
              unchanged: n(job.rowsUnchanged),
            });
      // Good rows only: the rows with problems were left out.
      return Number(job.problemCount) > 0
        ? `${done} ${t('dataimport.job.leftOut', { count: n(job.problemCount) })}`
        : done;
    }
    default:
      switch (job.failure) {
        case 'NO_DATA_ROWS':
          return t('dataimport.job.noDataRows');
        case 'ERROR':
          return t('dataimport.job.error');
        case 'INTERRUPTED':
          return t('dataimport.job.interrupted');
        default:
          return t('dataimport.job.failed', { count: n(job.problemCount) });
      }
  }
}

/** A problem in the user's language; the server's English when this client does not know the reason. */
export function problemMessage(
  problem: Pick<ImportJob['problems'][number], 'reason' | 'value' | 'detail' | 'message'>,
  t: TFunction,
): string {
  return t(`dataimport.reasons.${problem.reason}`, {
    value: problem.value ?? '',
    detail: problem.detail ?? '',
    defaultValue: problem.message,
  });
}

export const isFinished = (state: string) => state === 'SUCCEEDED' || state === 'FAILED';
