import type { CurrentUser, Role } from './types/CurrentUser';

export function hasRole(roles: readonly string[], role: Role): boolean {
  return roles.includes(role);
}

export function toCurrentUser(me: { username: string; roles: readonly string[] }): CurrentUser {
  const roles = [...me.roles].sort();
  return { username: me.username, roles, isAdmin: hasRole(roles, 'admin') };
}
