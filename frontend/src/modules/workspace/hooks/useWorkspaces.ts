import { createContext, useContext } from 'react';
import type { CombinedError } from 'urql';
import type { Workspace } from '../types/Workspace';

export type WorkspacesContextValue = Readonly<{
  workspaces: readonly Workspace[];
  /** The workspace the user works in, or null when they belong to none. */
  current: Workspace | null;
  select: (id: string) => void;
  fetching: boolean;
  /** True once the first answer (data or error) has arrived. */
  loaded: boolean;
  error?: CombinedError;
  /** Asks the server again after an error. */
  retry: () => void;
}>;

export const WorkspacesContext = createContext<WorkspacesContextValue | null>(null);

/** The user's workspaces and the current one, shared by the shell and every feature page. */
export function useWorkspaces(): WorkspacesContextValue {
  const value = useContext(WorkspacesContext);
  if (!value) throw new Error('useWorkspaces must be used inside <WorkspacesProvider>');
  return value;
}
