import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAlertFeed } from '../hooks/useAlertFeed';
import { UnreadBadge } from './UnreadBadge';

/**
 * The unread badge in the navigation bar, a link to the Alerts view. Shown on phones only (alerts.css):
 * there the navigation, with its own badge, hides in the drawer.
 */
export function NavbarUnread({ slot }: { slot?: string }) {
  const { t } = useTranslation();
  const { unread } = useAlertFeed();
  if (unread === 0) return null;
  return (
    <Link
      slot={slot}
      to="/alerts"
      id="navbar-unread"
      className="navbar-unread"
      aria-label={t('alerts.unread', { count: unread })}
    >
      <UnreadBadge id="navbar-unread-count" />
    </Link>
  );
}
