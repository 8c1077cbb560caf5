import { createContext, useContext } from 'react';
import type { User } from 'oidc-client-ts';
import type { AuthService } from '../authService';

export type AuthContextValue = Readonly<{
  service: AuthService;
  user: User;
  /** From the ID token; shown until the API's `me` has answered. */
  username: string;
  logout: () => void;
}>;

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
