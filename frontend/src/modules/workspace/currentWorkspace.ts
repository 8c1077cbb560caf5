import { signal } from '@vaadin/hilla-react-signals';

export const CURRENT_WORKSPACE_STORAGE_KEY = 'resonance.currentWorkspace';

function readStored(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(CURRENT_WORKSPACE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * The id the user last picked in the switcher. Feature pages read the resolved workspace through
 * `useWorkspaces().current`; this signal only carries the choice and remembers it across reloads.
 */
export const selectedWorkspaceId = signal<string | null>(readStored(globalThis.localStorage));

selectedWorkspaceId.subscribe((id) => {
  try {
    if (id) globalThis.localStorage?.setItem(CURRENT_WORKSPACE_STORAGE_KEY, id);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
});

/** The workspace to work in: the remembered one while the user still belongs to it, else the first. */
export function resolveCurrentWorkspace<T extends { id: string }>(
  workspaces: readonly T[],
  selectedId: string | null,
): T | null {
  return workspaces.find((w) => w.id === selectedId) ?? workspaces[0] ?? null;
}
