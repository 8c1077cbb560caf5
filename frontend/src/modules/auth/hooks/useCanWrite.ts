import { hasRole } from '../roles';
import { useCurrentUser } from './useCurrentUser';

/** Analysts (and admins, who are analysts too) change a workspace's data; viewers only read it. */
export function canWriteData(roles: readonly string[]): boolean {
  return hasRole(roles, 'analyst') || hasRole(roles, 'admin');
}

/** Whether the signed-in user may change the workspace's data and settings; the server checks this as well. */
export function useCanWrite(): boolean {
  return canWriteData(useCurrentUser().roles);
}
