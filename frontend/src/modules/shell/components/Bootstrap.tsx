import type { User } from 'oidc-client-ts';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthService } from '../../auth/authService';
import { loadRuntimeConfig } from '../../auth/runtimeConfig';
import { App } from './App';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';

type Phase =
  | { kind: 'starting' }
  | { kind: 'redirecting' }
  | { kind: 'ready'; auth: AuthService; user: User }
  | { kind: 'configFailed' }
  | { kind: 'signInFailed'; auth: AuthService; message: string };

/** Loads /config.json, completes or starts the Keycloak sign-in, then renders the app. */
export function Bootstrap() {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });

  const start = useCallback(async () => {
    setPhase({ kind: 'starting' });
    let auth: AuthService;
    try {
      auth = new AuthService(await loadRuntimeConfig());
    } catch (e) {
      console.error('Loading config.json failed', e);
      setPhase({ kind: 'configFailed' });
      return;
    }
    try {
      const user = await auth.start();
      setPhase(user ? { kind: 'ready', auth, user } : { kind: 'redirecting' });
    } catch (e) {
      setPhase({ kind: 'signInFailed', auth, message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  useEffect(() => {
    void start();
  }, [start]);

  switch (phase.kind) {
    case 'ready':
      return <App auth={phase.auth} user={phase.user} />;
    case 'configFailed':
      return <ErrorState message={t('auth.configError')} onRetry={() => void start()} fullPage />;
    case 'signInFailed':
      return (
        <ErrorState
          message={t('auth.loginError', { message: phase.message })}
          onRetry={() => void phase.auth.login('/')}
          retryLabel={t('auth.loginAgain')}
          fullPage
        />
      );
    default:
      return <LoadingState label={t('auth.signingIn')} fullPage />;
  }
}
