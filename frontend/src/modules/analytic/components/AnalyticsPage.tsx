import { Button } from '@vaadin/react-components/Button.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { AnyChoiceSelect } from '../../ui/components/AnyChoiceSelect';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { ErrorState } from '../../ui/components/ErrorState';
import { ListPage } from '../../ui/components/ListPage';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice } from '../../ui/components/PageNotice';
import { RowActions } from '../../ui/components/RowActions';
import { RowsGrid } from '../../ui/components/RowsGrid';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useAnalytics } from '../hooks/useAnalytics';
import { useDeleteAnalytic } from '../hooks/useDeleteAnalytic';
import { ANALYTIC_APPLIES_TO, type Analytic, type AnalyticAppliesTo } from '../types/Analytic';
import { AnalyticFormDialog } from './AnalyticFormDialog';
import { RenameOptionDialog } from './RenameOptionDialog';
import '../../ui/pages.css';
import '../analytics.css';

const FULL_ROW_MIN_WIDTH = 720;
type Action = 'edit' | 'rename' | 'delete';

function Options({ analytic }: Readonly<{ analytic: Analytic }>) {
  if (analytic.options.length === 0) return null;
  return (
    <span className="badges">
      {analytic.options.map((option) => (
        <span key={option} className="badge">
          {option}
        </span>
      ))}
    </span>
  );
}

/** The analytics a workspace defines for its companies and contacts: typed attributes that target groups select by. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const [records, setRecords] = useState<AnalyticAppliesTo | null>(null);
  const { analytics, error, fetching, retry } = useAnalytics(current?.id ?? null, null);
  const [, deleteAnalytic] = useDeleteAnalytic();
  const [renaming, setRenaming] = useState<Analytic | null>(null);
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<Analytic>({
    words: 'analytics',
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: (analytic) => deleteAnalytic({ workspaceId, id: analytic.id }),
  });

  if (!loaded || (current && !analytics && fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t('analytics.noWorkspace')}</p>;
  if (error && !analytics) return <ErrorState error={error} onRetry={retry} />;

  const all = analytics ?? [];
  const shown = records ? all.filter((a) => a.appliesTo === records) : all;
  const act = (action: Action, analytic: Analytic) => {
    if (action === 'rename') setRenaming(analytic);
    else onRowAction(action, analytic);
  };

  return (
    <ListPage
      title={t('analytics.title')}
      create={
        canWrite && all.length > 0 && { id: 'analytic-create', label: t('analytics.create'), onClick: editor.create }
      }
      pageRef={pageRef}
    >
      <p className="muted page__notice">{t('analytics.intro')}</p>
      <PageNotice notice={notice} />
      {all.length === 0 ? (
        <div className="card empty list-empty" id="analytics-empty">
          <p>{t('analytics.empty')}</p>
          {canWrite ? (
            <Button id="analytic-create" theme="primary" onClick={editor.create}>
              {t('analytics.createFirst')}
            </Button>
          ) : (
            <p className="muted">{t('analytics.emptyReader')}</p>
          )}
        </div>
      ) : (
        <>
          <div className="list-filter" role="search" aria-label={t('analytics.filterLabel')}>
            <AnyChoiceSelect
              id="analytic-records-filter"
              label={t('analytics.appliesTo')}
              anyLabel={t('analytics.allRecords')}
              value={records}
              choices={ANALYTIC_APPLIES_TO}
              words="analytics.records"
              onChange={setRecords}
            />
          </div>
          <RowsGrid<Analytic>
            id="analytic-grid"
            rows={shown}
            label={t('analytics.title')}
            narrow={narrow}
            empty={<p className="muted">{t('analytics.noMatch')}</p>}
          >
            <GridColumn<Analytic> header={t('analytics.name')} width="12rem" flexGrow={2}>
              {({ item }) => (
                <span className="entity-cell">
                  <span className="entity-cell__name">{item.name}</span>
                  {item.description && <span className="entity-cell__meta">{item.description}</span>}
                  {narrow && (
                    <span className="entity-cell__meta">
                      {t(`analytics.records.${item.appliesTo}`)} · {t(`analytics.types.${item.type}`)}
                    </span>
                  )}
                  {narrow && <Options analytic={item} />}
                </span>
              )}
            </GridColumn>
            <GridColumn<Analytic> header={t('analytics.appliesTo')} autoWidth flexGrow={0} hidden={narrow}>
              {({ item }) => t(`analytics.records.${item.appliesTo}`)}
            </GridColumn>
            <GridColumn<Analytic> header={t('analytics.type')} autoWidth flexGrow={0} hidden={narrow}>
              {({ item }) => t(`analytics.types.${item.type}`)}
            </GridColumn>
            <GridColumn<Analytic> header={t('analytics.options')} width="12rem" flexGrow={2} hidden={narrow}>
              {({ item }) => <Options analytic={item} />}
            </GridColumn>
            {canWrite && (
              <GridColumn<Analytic> header={narrow ? '' : t('common.actions')} autoWidth flexGrow={0}>
                {({ item }) => (
                  <RowActions<Action>
                    compact={narrow}
                    menuLabel={t('common.actionsFor', { name: item.name })}
                    actions={[
                      { action: 'edit', text: t('common.edit'), label: t('common.editLabel', { name: item.name }) },
                      ...(item.type === 'ENUMERATION'
                        ? [
                            {
                              action: 'rename' as const,
                              text: t('analytics.rename'),
                              label: t('analytics.renameLabel', { name: item.name }),
                            },
                          ]
                        : []),
                      {
                        action: 'delete',
                        text: t('common.delete'),
                        label: t('common.deleteLabel', { name: item.name }),
                        destructive: true,
                      },
                    ]}
                    onAction={(action) => act(action, item)}
                  />
                )}
              </GridColumn>
            )}
          </RowsGrid>
        </>
      )}
      <AnalyticFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        analytic={editor.edited}
        analytics={all}
        onClose={editor.closeDialog}
        onSaved={onSaved}
      />
      <RenameOptionDialog
        workspaceId={workspaceId}
        analytic={renaming}
        onClose={() => setRenaming(null)}
        onSaved={(analytic) => {
          setRenaming(null);
          onSaved(analytic);
        }}
      />
      <DeleteConfirmDialog id="analytic-delete-confirm" {...deleteDialog} />
    </ListPage>
  );
}
