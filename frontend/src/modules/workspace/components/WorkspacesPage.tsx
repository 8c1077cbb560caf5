import { Button } from '@vaadin/react-components/Button.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { GridSortColumn } from '@vaadin/react-components/GridSortColumn.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useMediaQuery } from '../../shell/hooks/useMediaQuery';
import { ErrorState } from '../../shell/components/ErrorState';
import { LoadingState } from '../../shell/components/LoadingState';
import { useWorkspaces } from '../hooks/useWorkspaces';
import type { Workspace } from '../types/Workspace';
import { MembersPanel } from './MembersPanel';
import { WorkspaceFormDialog } from './WorkspaceFormDialog';

type DialogState = { kind: 'closed' } | { kind: 'create' } | { kind: 'rename'; workspace: Workspace };

export function WorkspacesPage() {
  const { t } = useTranslation();
  const { isAdmin } = useCurrentUser();
  const { workspaces, current, select, loaded, error, refresh } = useWorkspaces();
  const [dialog, setDialog] = useState<DialogState>({ kind: 'closed' });
  const [membersOf, setMembersOf] = useState<string | null>(null);
  // On phones the member count gives way so names stay readable; the members panel still lists them.
  const narrow = useMediaQuery('(max-width: 600px)');

  const shownMembers = workspaces.find((w) => w.id === (membersOf ?? current?.id)) ?? null;

  if (!loaded) return <LoadingState />;
  if (error && workspaces.length === 0) return <ErrorState error={error} onRetry={refresh} />;

  return (
    <section className="page">
      <header className="page__header">
        <h2>{t('workspaces.title')}</h2>
        {isAdmin && (
          <Button id="workspace-create" theme="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('workspaces.create')}
          </Button>
        )}
      </header>

      {workspaces.length === 0 ? (
        <p className="empty">{t('workspaces.empty')}</p>
      ) : (
        <Grid<Workspace>
          id="workspace-grid"
          items={[...workspaces]}
          allRowsVisible
          theme="row-stripes"
          aria-label={t('workspaces.title')}
        >
          <GridSortColumn<Workspace> path="name" header={t('workspaces.name')} direction="asc" width="10rem" flexGrow={2} resizable>
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
              <div className="row-actions">
                <Button
                  theme="tertiary small"
                  disabled={item.id === current?.id}
                  aria-label={t('workspaces.useLabel', { name: item.name })}
                  onClick={() => select(item.id)}
                >
                  {t('workspaces.use')}
                </Button>
                <Button
                  theme="tertiary small"
                  aria-label={t('workspaces.showMembers', { name: item.name })}
                  onClick={() => setMembersOf(item.id)}
                >
                  {t('workspaces.members')}
                </Button>
                {isAdmin && (
                  <Button
                    theme="tertiary small"
                    aria-label={t('workspaces.renameLabel', { name: item.name })}
                    onClick={() => setDialog({ kind: 'rename', workspace: item })}
                  >
                    {t('workspaces.rename')}
                  </Button>
                )}
              </div>
            )}
          </GridColumn>
        </Grid>
      )}

      {shownMembers && <MembersPanel workspace={shownMembers} canManage={isAdmin} />}

      <WorkspaceFormDialog
        opened={dialog.kind !== 'closed'}
        workspace={dialog.kind === 'rename' ? dialog.workspace : null}
        onClose={() => setDialog({ kind: 'closed' })}
        onSaved={(saved) => {
          setDialog({ kind: 'closed' });
          refresh();
          setMembersOf(saved.id);
        }}
      />
    </section>
  );
}
