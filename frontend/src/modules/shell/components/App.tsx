import type { User } from 'oidc-client-ts';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { AlertFeedProvider } from '../../alert/components/AlertFeedProvider';
import { createGraphqlClient } from '../../api/graphqlClient';
import type { AuthService } from '../../auth/authService';
import { AuthProvider } from '../../auth/components/AuthProvider';
import { CurrentUserProvider } from '../../auth/components/CurrentUserProvider';
import { WorkspacesProvider } from '../../workspace/components/WorkspacesProvider';
import { MenuContext } from '../menu';
import { appMenu, createAppRouter } from '../router';

export function App({ auth, user }: { auth: AuthService; user: User }) {
  const [client] = useState(() =>
    createGraphqlClient({ getAccessToken: auth.getAccessToken, onUnauthorized: () => void auth.login() }),
  );
  const [{ router }] = useState(createAppRouter);
  return (
    <AuthProvider service={auth} initialUser={user}>
      <UrqlProvider value={client}>
        <CurrentUserProvider>
          <WorkspacesProvider>
            <AlertFeedProvider>
              <MenuContext value={appMenu}>
                <RouterProvider router={router} />
              </MenuContext>
            </AlertFeedProvider>
          </WorkspacesProvider>
        </CurrentUserProvider>
      </UrqlProvider>
    </AuthProvider>
  );
}
