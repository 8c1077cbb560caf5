import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

/** Analysts and admins change workspace data; viewers only read it (the API enforces the same). */
export function canWrite(roles: readonly string[]): boolean {
  return roles.includes('analyst') || roles.includes('admin');
}

export function useCanWrite(): boolean {
  return canWrite(useCurrentUser().roles);
}
