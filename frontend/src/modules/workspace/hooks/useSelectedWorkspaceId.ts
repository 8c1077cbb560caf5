import { useSyncExternalStore } from 'react';
import { selectedWorkspaceId } from '../currentWorkspace';

/** Re-renders when the switcher's choice changes, without relying on a signals compiler transform. */
export function useSelectedWorkspaceId(): string | null {
  return useSyncExternalStore(
    (onChange) => selectedWorkspaceId.subscribe(() => onChange()),
    () => selectedWorkspaceId.value,
  );
}
