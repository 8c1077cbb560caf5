import { Button } from '@vaadin/react-components/Button.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { ErrorState } from '../../ui/components/ErrorState';
import { ListPage } from '../../ui/components/ListPage';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice } from '../../ui/components/PageNotice';
import { RowsGrid } from '../../ui/components/RowsGrid';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useDeleteTargetGroup } from '../hooks/useDeleteTargetGroup';
import { useTargetGroups } from '../hooks/useTargetGroups';
import type { TargetGroup } from '../types/RuleTree';
import { RenameTargetGroupDialog } from './RenameTargetGroupDialog';
import { TargetGroupCount } from './TargetGroupCount';
import '../../ui/pages.css';
import '../targetgroups.css';

// Below this page width a row becomes one stacked cell and its actions fold into one "⋯" menu.
const FULL_ROW_MIN_WIDTH = 720;

function Changed({ group }: Readonly<{ group: TargetGroup }>) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(group.changedAt),
  );
  return (
    <span className="entity-cell__meta">
      {t('targetGroups.changed', { version: group.version, by: group.changedBy, when })}
    </span>
  );
}

/** The workspace's target groups: name, live size, who changed the rule last; create, rename, delete. */
export function TargetGroupsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { targetGroups, error, fetching, retry } = useTargetGroups(current?.id ?? null);
  const [, deleteTargetGroup] = useDeleteTargetGroup();
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<TargetGroup>({
    words: 'targetGroups',
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: (group) => deleteTargetGroup({ workspaceId, id: group.id }),
  });

  if (!loaded || (current && !targetGroups && fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t('targetGroups.noWorkspace')}</p>;
  if (error && !targetGroups) return <ErrorState error={error} onRetry={retry} />;

  const collator = new Intl.Collator(i18n.language);
  const groups = [...(targetGroups ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const create = () => navigate('/target-groups/new');
  const name = (group: TargetGroup) => (
    <Link className="entity-cell__name" to={`/target-groups/${group.id}`}>
      {group.name}
    </Link>
  );

  return (
    <ListPage
      title={t('targetGroups.title')}
      create={canWrite && groups.length > 0 && { id: 'tg-create', label: t('targetGroups.create'), onClick: create }}
      pageRef={pageRef}
    >
      <p className="muted page__notice">{t('targetGroups.intro')}</p>
      <PageNotice notice={notice} />
      <RowsGrid<TargetGroup>
        id="tg-grid"
        rows={groups}
        label={t('targetGroups.title')}
        empty={
          <div className="card empty tg-empty" id="tg-empty">
            <p>{t('targetGroups.empty')}</p>
            {canWrite ? (
              <Button id="tg-create" theme="primary" onClick={create}>
                {t('targetGroups.createFirst')}
              </Button>
            ) : (
              <p className="muted">{t('targetGroups.emptyReader')}</p>
            )}
          </div>
        }
        narrow={narrow}
        onAction={canWrite && onRowAction}
      >
        {narrow ? (
          <GridColumn<TargetGroup> header={t('targetGroups.targetGroup')} flexGrow={1}>
            {({ item }) => (
              <span className="entity-cell">
                {name(item)}
                <TargetGroupCount workspaceId={workspaceId} id={item.id} />
                <Changed group={item} />
              </span>
            )}
          </GridColumn>
        ) : (
          <>
            <GridColumn<TargetGroup> header={t('targetGroups.name')} width="12rem" flexGrow={3}>
              {({ item }) => (
                <span className="entity-cell">
                  {name(item)}
                  {item.description && <span className="entity-cell__meta">{item.description}</span>}
                </span>
              )}
            </GridColumn>
            <GridColumn<TargetGroup> header={t('targetGroups.size')} width="9rem" flexGrow={1}>
              {({ item }) => <TargetGroupCount workspaceId={workspaceId} id={item.id} />}
            </GridColumn>
            <GridColumn<TargetGroup> header={t('targetGroups.changedHeader')} width="12rem" flexGrow={2}>
              {({ item }) => <Changed group={item} />}
            </GridColumn>
          </>
        )}
      </RowsGrid>
      <RenameTargetGroupDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        group={editor.edited}
        onClose={editor.closeDialog}
        onSaved={onSaved}
      />
      <DeleteConfirmDialog id="tg-delete-confirm" {...deleteDialog} confirmText={t('targetGroups.delete')} />
    </ListPage>
  );
}
