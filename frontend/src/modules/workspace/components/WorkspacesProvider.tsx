import { Notification } from '@vaadin/react-components/Notification.js';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { WorkspaceChangedDocument, WorkspacesDocument } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { resolveCurrentWorkspace, selectedWorkspaceId } from '../currentWorkspace';
import { useSelectedWorkspaceId } from '../hooks/useSelectedWorkspaceId';
import { WorkspacesContext, type WorkspacesContextValue } from '../hooks/useWorkspaces';

export function WorkspacesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { username } = useAuth();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkspacesDocument });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useSubscription({ query: WorkspaceChangedDocument }, (_previous, event) => {
    const change = event.workspaceChanged;
    refresh();
    if (!change) return event;
    // Tell the user about changes others made; their own are already visible where they made them.
    if (change.actor !== username) {
      Notification.show(t('workspaces.changed', { name: change.workspaceName, actor: change.actor }), {
        position: 'bottom-end',
        duration: 4000,
      });
    }
    return event;
  });

  const selectedId = useSelectedWorkspaceId();
  const value = useMemo<WorkspacesContextValue>(() => {
    const workspaces = data?.workspaces ?? [];
    return {
      workspaces,
      current: resolveCurrentWorkspace(workspaces, selectedId),
      select: (id: string) => {
        selectedWorkspaceId.value = id;
      },
      fetching,
      loaded: data !== undefined || error !== undefined,
      error,
      refresh,
    };
  }, [data, fetching, error, selectedId, refresh]);

  return <WorkspacesContext.Provider value={value}>{children}</WorkspacesContext.Provider>;
}
