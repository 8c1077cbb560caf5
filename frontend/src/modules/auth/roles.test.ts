import { describe, expect, it } from 'vitest';
import { toCurrentUser } from './roles';

describe('toCurrentUser', () => {
  it('treats a user with the admin role as admin', () => {
    expect(toCurrentUser({ username: 'admin', roles: ['viewer', 'admin', 'analyst'] })).toEqual({
      username: 'admin',
      roles: ['admin', 'analyst', 'viewer'],
      isAdmin: true,
    });
  });
  it('does not treat an analyst as admin', () => {
    expect(toCurrentUser({ username: 'analyst', roles: ['analyst', 'viewer'] }).isAdmin).toBe(false);
  });
});
