import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { GridSortColumn } from '@vaadin/react-components/GridSortColumn.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { EditDeleteColumn } from '../../ui/components/EditDeleteColumn';
import { PageNotice, type Notice } from '../../ui/components/PageNotice';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useIsNarrowerThan } from '../../ui/hooks/useIsNarrowerThan';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { useDeleteSegment } from '../hooks/useDeleteSegment';
import { useSegments } from '../hooks/useSegments';
import type { Segment } from '../types/Segment';
import '../../ui/pages.css';
import { SegmentFormDialog } from './SegmentFormDialog';
import { ListPage } from '../../ui/components/ListPage';
import { useListEditing } from '../../ui/hooks/useListEditing';

// Below this page width the immersion column gives way and the row actions fold into one menu.
const FULL_ROW_MIN_WIDTH = 640;

export function SegmentsPage() {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { segments: listed, error, fetching, retry } = useSegments(current?.id ?? null);
  const [, deleteSegment] = useDeleteSegment();
  const editor = useListEditing<Segment>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(FULL_ROW_MIN_WIDTH);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });

  if (!current) return <p className="empty">{t('segments.noWorkspace')}</p>;
  if (!listed && fetching) return <LoadingState />;
  if (!listed && error) return <ErrorState error={error} onRetry={retry} />;
  const segments = listed ?? [];

  const confirmDelete = async () => {
    const segment = editor.deleting;
    editor.cancelDelete();
    if (!segment) return;
    const result = await deleteSegment({ workspaceId, id: segment.id });
    if (result.error) setNotice({ kind: 'error', text: generalErrorMessage(result.error, t) ?? '' });
    else setNotice({ kind: 'ok', text: t('segments.deleted', { name: segment.name }) });
  };

  return (
    <ListPage
      title={t('segments.title')}
      create={canWrite && { id: 'segment-create', label: t('segments.create'), onClick: editor.create }}
      pageRef={pageRef}
    >
      <p className="muted page__notice">{t('segments.intro')}</p>
      <PageNotice notice={notice} />

      {segments.length === 0 ? (
        <p className="empty">{t('segments.empty')}</p>
      ) : (
        <Grid<Segment>
          key={`${i18n.language}-${narrow ? 'compact' : 'full'}`}
          id="segment-grid"
          items={[...segments]}
          allRowsVisible
          theme="row-stripes wrap-cell-content"
          aria-label={t('segments.title')}
        >
          <GridSortColumn<Segment> path="name" header={t('segments.name')} direction="asc" width="12rem" flexGrow={3}>
            {({ item }) => (
              <span className="entity-cell">
                <span className="entity-cell__name">{item.name}</span>
                {item.profile && !narrow && <span className="entity-cell__meta">{item.profile}</span>}
              </span>
            )}
          </GridSortColumn>
          <GridColumn<Segment> header={t('segments.immersion')} autoWidth flexGrow={0} hidden={narrow}>
            {({ item }) => <span>{t(`segments.immersions.${item.immersion}`)}</span>}
          </GridColumn>
          <GridSortColumn<Segment>
            path="reactionWeight"
            header={t('segments.reactionWeightShort')}
            autoWidth
            flexGrow={0}
            textAlign="end"
          >
            {({ item }) => <span>{number.format(item.reactionWeight)}</span>}
          </GridSortColumn>
          {canWrite && (
            <EditDeleteColumn<Segment>
              compact={narrow}
              onAction={(action, item) => {
                setNotice(null);
                if (action === 'edit') editor.edit(item);
                else editor.askDelete(item);
              }}
            />
          )}
        </Grid>
      )}

      <SegmentFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        segment={editor.edited}
        onClose={editor.closeDialog}
        onSaved={(saved) => {
          editor.closeDialog();
          setNotice({ kind: 'ok', text: t('segments.saved', { name: saved.name }) });
        }}
      />
      <DeleteConfirmDialog
        id="delete-confirm"
        opened={editor.deleting !== null}
        title={t('segments.deleteTitle')}
        text={t('segments.deleteText', { name: editor.deleting?.name ?? '' })}
        onConfirm={() => void confirmDelete()}
        onClose={editor.cancelDelete}
      />
    </ListPage>
  );
}
