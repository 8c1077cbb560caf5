import { useMemo, type ReactNode } from 'react';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { CurrentUserContext } from '../hooks/useCurrentUser';
import { toCurrentUser } from '../roles';
import { useMe } from '../hooks/useMe';

export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const { data, error, fetching, retry } = useMe();
  const user = useMemo(() => (data ? toCurrentUser(data.me) : null), [data]);

  if (user) {
    return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
  }
  if (error && !fetching) {
    return <ErrorState error={error} onRetry={retry} fullPage />;
  }
  return <LoadingState fullPage />;
}
