import { Button } from '@vaadin/react-components/Button.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useAlertList } from '../hooks/useAlertList';
import '../alerts.css';
import { AlertListView } from './AlertListView';

/** The alerts one segment × channel cell raised, newest first (the drill-down's history). */
export function AlertHistory({
  workspaceId,
  segmentId,
  channelId,
}: {
  workspaceId: string;
  segmentId: string;
  channelId: string;
}) {
  const { t } = useTranslation();
  const filter = useMemo(() => ({ segmentIds: [segmentId], channelIds: [channelId] }), [segmentId, channelId]);
  const list = useAlertList(workspaceId, filter, 'NEWEST_FIRST', 10);
  if (list.error && list.alerts.length === 0) return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.loading && list.alerts.length === 0) return <LoadingState />;
  if (list.alerts.length === 0) return <p className="muted">{t('alerts.noneForCell')}</p>;
  return (
    <>
      <AlertListView
        id="cell-alerts"
        workspaceId={workspaceId}
        alerts={list.alerts}
        onChanged={list.replaceAll}
        label={t('alerts.historyLabel')}
        compact
      />
      {list.hasMore && (
        <Button theme="tertiary" onClick={list.loadMore} disabled={list.loading}>
          {t('alerts.loadMore')}
        </Button>
      )}
    </>
  );
}
