import { Button } from '@vaadin/react-components/Button.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';

export function HomePage() {
  const { t } = useTranslation();
  const { username, isAdmin } = useCurrentUser();
  const { current, loaded, error, retry } = useWorkspaces();

  return (
    <section className="page">
      <h2 id="greeting">{t('home.greeting', { name: username })}</h2>
      {!loaded ? (
        <LoadingState />
      ) : error && !current ? (
        <ErrorState error={error} onRetry={retry} />
      ) : current ? (
        <div className="card" id="current-workspace">
          <p>{t('home.currentWorkspace', { name: current.name })}</p>
          <p className="muted">{t('home.memberCount', { count: (current.members ?? []).length })}</p>
        </div>
      ) : (
        <div className="card empty" id="no-workspace">
          <h3>{t('home.emptyTitle')}</h3>
          <p>{isAdmin ? t('home.emptyAdmin') : t('home.emptyOther')}</p>
          {isAdmin && (
            <Link to="/workspaces" tabIndex={-1}>
              <Button theme="primary">{t('home.goToWorkspaces')}</Button>
            </Link>
          )}
        </div>
      )}
    </section>
  );
}
