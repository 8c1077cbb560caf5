import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../api/graphqlErrors';
import { useTargetGroupCount } from '../hooks/useTargetGroupCount';

/** A target group's live size, counted on its own so that a slow count holds up nothing else. */
export function TargetGroupCount({ workspaceId, id }: Readonly<{ workspaceId: string; id: string }>) {
  const { t, i18n } = useTranslation();
  const { count, error, fetching } = useTargetGroupCount(workspaceId, id);
  if (count === undefined) {
    if (error)
      return (
        <span className="form-error" title={error.message}>
          {hasErrorCode(error, 'TIMEOUT') ? t('targetGroups.countTimedOut') : t('targetGroups.countFailed')}
        </span>
      );
    return <span className="muted">{fetching ? t('targetGroups.preview.counting') : '—'}</span>;
  }
  return (
    <span className="tg-size" data-count={count}>
      {t('targetGroups.preview.count', { count, formatted: new Intl.NumberFormat(i18n.language).format(count) })}
    </span>
  );
}
