const key = (workspaceId: string) => `resonance.alerts.lastSeen.${workspaceId}`;

/** The last alert id the user saw in the Alerts view of a workspace, kept across reloads. */
export function readLastSeen(workspaceId: string): string | null {
  try {
    const value = localStorage.getItem(key(workspaceId));
    return value && /^\d+$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeLastSeen(workspaceId: string, id: string | null): void {
  if (!id) return;
  try {
    localStorage.setItem(key(workspaceId), id);
  } catch {
    // Storage disabled: the badge then starts from zero on the next visit.
  }
}
