import { useTranslation } from 'react-i18next';
import { useAlertFeed } from '../hooks/useAlertFeed';

/** The number of alerts received since the user last opened the Alerts view, for the navigation entry. */
export function UnreadBadge({ slot, id = 'alerts-unread' }: { slot?: string; id?: string }) {
  const { t, i18n } = useTranslation();
  const { unread } = useAlertFeed();
  if (unread === 0) return null;
  const text = unread > 99 ? '99+' : new Intl.NumberFormat(i18n.language).format(unread);
  return (
    <span slot={slot} className="unread-badge" id={id} aria-label={t('alerts.unread', { count: unread })}>
      {text}
    </span>
  );
}
