import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { hasRole } from '../../auth/roles';

/** Analysts and admins change the balance settings; viewers only read them (the API checks this as well). */
export function useCanWrite(): boolean {
  const { roles } = useCurrentUser();
  return hasRole(roles, 'analyst') || hasRole(roles, 'admin');
}
