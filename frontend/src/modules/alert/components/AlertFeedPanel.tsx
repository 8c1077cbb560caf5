import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initialFeed, mergeAlerts } from '../feed';
import { useAlertFeed } from '../hooks/useAlertFeed';
import { useAlertList } from '../hooks/useAlertList';
import '../alerts.css';
import { AlertItem } from './AlertItem';
import { LiveStatus } from './LiveStatus';

const NO_FILTER = {};

/**
 * The newest alerts, live: the latest stored ones with those arriving over the subscription merged on top
 * (the dashboard's feed); acting on them happens on the Alerts page.
 */
export function AlertFeedPanel({ workspaceId, limit = 8 }: { workspaceId: string; limit?: number }) {
  const { t } = useTranslation();
  const feed = useAlertFeed();
  const latest = useAlertList(workspaceId, NO_FILTER, 'NEWEST_FIRST', limit);
  const liveIds = useMemo(() => new Set(feed.alerts.map((a) => a.id)), [feed.alerts]);
  const alerts = useMemo(
    () => mergeAlerts(mergeAlerts(initialFeed(null), latest.alerts), feed.alerts).alerts.slice(0, limit),
    [latest.alerts, feed.alerts, limit],
  );
  return (
    <section className="panel alert-feed" aria-labelledby="alert-feed-title">
      <div className="page__header">
        <h3 id="alert-feed-title">{t('alerts.feedTitle')}</h3>
        <LiveStatus />
      </div>
      {alerts.length === 0 ? (
        <p className="muted" id="alert-feed-empty">
          {latest.loading ? t('common.loading') : t('alerts.feedEmpty')}
        </p>
      ) : (
        <ul className="stack-list" id="alert-feed" aria-live="polite" aria-label={t('alerts.feedTitle')}>
          {alerts.map((alert) => (
            <AlertItem key={alert.id} alert={alert} actions={null} isNew={liveIds.has(alert.id)} />
          ))}
        </ul>
      )}
      <Link to="/alerts" id="alert-feed-all">
        {t('alerts.openAll')}
      </Link>
    </section>
  );
}
