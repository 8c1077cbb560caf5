import { useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { MeDocument } from '../../../generated/graphql';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { CurrentUserContext } from '../hooks/useCurrentUser';
import { toCurrentUser } from '../roles';

export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MeDocument, requestPolicy: 'network-only' });
  const user = useMemo(() => (data ? toCurrentUser(data.me) : null), [data]);

  if (user) {
    return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
  }
  if (error && !fetching) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} fullPage />;
  }
  return <LoadingState fullPage />;
}
