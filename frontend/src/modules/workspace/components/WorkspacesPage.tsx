import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { GridSortColumn } from '@vaadin/react-components/GridSortColumn.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useIsNarrowerThan } from '../../ui/hooks/useIsNarrowerThan';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../hooks/useWorkspaces';
import type { Workspace } from '../types/Workspace';
import { MembersPanel } from './MembersPanel';
import { WorkspaceFormDialog } from './WorkspaceFormDialog';
import { WorkspaceRowActions, type WorkspaceAction } from './WorkspaceRowActions';
import { ListPage } from '../../ui/components/ListPage';
import { RowsGrid } from '../../ui/components/RowsGrid';
import { useListEditing } from '../../ui/hooks/useListEditing';

// Below this page width (CSS px) the labelled actions, longest in Russian and Ukrainian (about 290 px), and the
// member count no longer fit beside a readable name (10rem).
const FULL_ROW_MIN_WIDTH = 600;

export function WorkspacesPage() {
  const { t } = useTranslation();
  const { isAdmin } = useCurrentUser();
  const { workspaces, current, select, loaded, error, retry } = useWorkspaces();
  const editor = useListEditing<Workspace>();
  const [membersOf, setMembersOf] = useState<string | null>(null);
  // When the page is narrow (a phone, or a small window beside the drawer) the member count gives way and the
  // row actions fold into one menu, so names stay readable and nothing scrolls sideways; the members panel
  // still lists the members.
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(FULL_ROW_MIN_WIDTH);

  const onRowAction = (action: WorkspaceAction, workspace: Workspace) => {
    if (action === 'use') select(workspace.id);
    else if (action === 'members') setMembersOf(workspace.id);
    else editor.edit(workspace);
  };

  const shownMembers = workspaces.find((w) => w.id === (membersOf ?? current?.id)) ?? null;

  if (!loaded) return <LoadingState />;
  if (error && workspaces.length === 0) return <ErrorState error={error} onRetry={retry} />;

  return (
    <ListPage
      title={t('workspaces.title')}
      create={isAdmin && { id: 'workspace-create', label: t('workspaces.create'), onClick: editor.create }}
      pageRef={pageRef}
    >
      <RowsGrid<Workspace>
        id="workspace-grid"
        rows={workspaces}
        label={t('workspaces.title')}
        empty={<p className="empty">{t('workspaces.empty')}</p>}
        narrow={narrow}
      >
        <GridSortColumn<Workspace>
          path="name"
          header={t('workspaces.name')}
          direction="asc"
          width="10rem"
          flexGrow={2}
          resizable
        >
          {({ item }) => (
            <span className="workspace-cell">
              <span className="workspace-cell__name">{item.name}</span>
              {item.id === current?.id && <span className="badge">{t('workspaces.current')}</span>}
            </span>
          )}
        </GridSortColumn>
        <GridColumn<Workspace> header={t('workspaces.members')} autoWidth flexGrow={0} hidden={narrow}>
          {({ item }) => <span>{(item.members ?? []).length}</span>}
        </GridColumn>
        <GridColumn<Workspace> header={t('workspaces.actions')} autoWidth flexGrow={0}>
          {({ item }) => (
            <WorkspaceRowActions
              workspace={item}
              isCurrent={item.id === current?.id}
              canRename={isAdmin}
              compact={narrow}
              onAction={onRowAction}
            />
          )}
        </GridColumn>
      </RowsGrid>

      {shownMembers && <MembersPanel workspace={shownMembers} canManage={isAdmin} />}

      <WorkspaceFormDialog
        opened={editor.dialogOpened}
        workspace={editor.edited}
        onClose={editor.closeDialog}
        onSaved={(saved) => {
          editor.closeDialog();
          setMembersOf(saved.id);
        }}
      />
    </ListPage>
  );
}
