import type { User } from 'oidc-client-ts';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthService, SignInUnavailableError } from '../../auth/authService';
import { loadRuntimeConfig } from '../../auth/runtimeConfig';
import { App } from './App';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';

type Phase =
  | { kind: 'starting' }
  | { kind: 'redirecting' }
  | { kind: 'ready'; auth: AuthService; user: User }
  | { kind: 'configFailed' }
  | { kind: 'signInFailed'; auth: AuthService; message: string }
  | { kind: 'signInUnavailable' };

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
      setPhase(signInError(auth, e));
    }
  }, []);

  const signInAgain = useCallback(async (auth: AuthService) => {
    try {
      await auth.login('/');
      setPhase({ kind: 'redirecting' });
    } catch (e) {
      setPhase(signInError(auth, e));
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
          onRetry={() => void signInAgain(phase.auth)}
          retryLabel={t('auth.loginAgain')}
          fullPage
        />
      );
    case 'signInUnavailable':
      return (
        <ErrorState
          message={t('auth.signInUnavailable')}
          onRetry={() => void start()}
          retryLabel={t('auth.retrySignIn')}
          fullPage
        />
      );
    default:
      return <LoadingState label={t('auth.signingIn')} fullPage />;
  }
}

function signInError(auth: AuthService, error: unknown): Phase {
  if (error instanceof SignInUnavailableError) {
    console.warn('Keycloak cannot be reached', error.cause);
    return { kind: 'signInUnavailable' };
  }
  return { kind: 'signInFailed', auth, message: error instanceof Error ? error.message : String(error) };
}
