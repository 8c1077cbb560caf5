import { Notification } from '@vaadin/react-components/Notification.js';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/hooks/useAuth';
import { resolveCurrentWorkspace, selectedWorkspaceId } from '../currentWorkspace';
import { useSelectedWorkspaceId } from '../hooks/useSelectedWorkspaceId';
import { useWorkspaceList } from '../hooks/useWorkspaceList';
import { WorkspacesContext, type WorkspacesContextValue } from '../hooks/useWorkspaces';

export function WorkspacesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { username } = useAuth();
  const { data, fetching, error, retry } = useWorkspaceList((change) => {
    // Tell the user about changes others made; their own are already visible where they made them.
    if (change && change.actor !== username) {
      Notification.show(t('workspaces.changed', { name: change.workspaceName, actor: change.actor }), {
        position: 'bottom-end',
        duration: 4000,
      });
    }
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
      retry,
    };
  }, [data, fetching, error, selectedId, retry]);

  return <WorkspacesContext.Provider value={value}>{children}</WorkspacesContext.Provider>;
}
