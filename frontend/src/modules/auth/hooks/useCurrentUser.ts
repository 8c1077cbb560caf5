import { createContext, useContext } from 'react';
import type { CurrentUser } from '../types/CurrentUser';

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user as the API sees them (username and realm roles). */
export function useCurrentUser(): CurrentUser {
  const value = useContext(CurrentUserContext);
  if (!value) throw new Error('useCurrentUser must be used inside <CurrentUserProvider>');
  return value;
}
