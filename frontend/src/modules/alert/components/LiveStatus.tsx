import { useTranslation } from 'react-i18next';
import { useAlertFeed } from '../hooks/useAlertFeed';

/** Whether alerts arrive live right now, or the connection is being re-established. */
export function LiveStatus() {
  const { t } = useTranslation();
  const { live } = useAlertFeed();
  return (
    <span className={`live-status${live ? ' live-status--on' : ''}`} role="status" id="alerts-live-status">
      {live ? t('alerts.live') : t('alerts.connecting')}
    </span>
  );
}
