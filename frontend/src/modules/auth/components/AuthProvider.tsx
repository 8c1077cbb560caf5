import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from 'oidc-client-ts';
import type { AuthService } from '../authService';
import { AuthContext, type AuthContextValue } from '../hooks/useAuth';

export function AuthProvider({
  service,
  initialUser,
  children,
}: {
  service: AuthService;
  initialUser: User;
  children: ReactNode;
}) {
  const [user, setUser] = useState(initialUser);

  useEffect(() => {
    const events = service.userManager.events;
    const onLoaded = (next: User) => setUser(next);
    // The refresh token is gone or rejected: only a new interactive sign-in helps. When Keycloak cannot be
    // reached the user stays here, and the next API call shows its error with a retry.
    const onLost = () => service.login().catch((e: unknown) => console.warn('Signing in again failed', e));
    events.addUserLoaded(onLoaded);
    events.addAccessTokenExpired(onLost);
    events.addUserSignedOut(onLost);
    return () => {
      events.removeUserLoaded(onLoaded);
      events.removeAccessTokenExpired(onLost);
      events.removeUserSignedOut(onLost);
    };
  }, [service]);

  const value = useMemo<AuthContextValue>(
    () => ({
      service,
      user,
      username: String(user.profile.preferred_username ?? user.profile.name ?? user.profile.sub),
      logout: () => void service.logout(),
    }),
    [service, user],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
