export type Role = 'admin' | 'analyst' | 'viewer';

export type CurrentUser = Readonly<{
  username: string;
  roles: readonly string[];
  /** Admins manage workspaces and members; the server enforces this as well. */
  isAdmin: boolean;
}>;
