import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { hasRole } from '../../auth/roles';

/** Analysts (and admins, who are analysts too) change a workspace's data; viewers only read it. */
export function canWriteData(roles: readonly string[]): boolean {
  return hasRole(roles, 'analyst') || hasRole(roles, 'admin');
}

/** Whether the signed-in user may change segments, channels and weights; the server checks this as well. */
export function useCanWrite(): boolean {
  return canWriteData(useCurrentUser().roles);
}
