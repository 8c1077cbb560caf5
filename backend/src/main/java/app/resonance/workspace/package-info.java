/**
 * Workspaces are the tenants: an agency runs one per client. Membership lives in the database;
 * {@link app.resonance.workspace.WorkspaceAccess} is the one place that decides whether the
 * caller may read, write or manage a workspace — every tenant query goes through it.
 */
package app.resonance.workspace;
