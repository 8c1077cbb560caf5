import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { GridSortColumn } from '@vaadin/react-components/GridSortColumn.js';
import { useTranslation } from 'react-i18next';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { RowsGrid } from '../../ui/components/RowsGrid';
import { PageNotice } from '../../ui/components/PageNotice';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { useDeleteSegment } from '../hooks/useDeleteSegment';
import { useSegments } from '../hooks/useSegments';
import type { Segment } from '../types/Segment';
import '../../ui/pages.css';
import { SegmentFormDialog } from './SegmentFormDialog';
import { ListPage } from '../../ui/components/ListPage';

// Below this page width the immersion column gives way and the row actions fold into one menu.
const FULL_ROW_MIN_WIDTH = 640;

export function SegmentsPage() {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { segments: listed, error, fetching, retry } = useSegments(current?.id ?? null);
  const [, deleteSegment] = useDeleteSegment();
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<Segment>({
    words: 'segments',
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: (segment) => deleteSegment({ workspaceId, id: segment.id }),
  });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });

  if (!current) return <p className="empty">{t('segments.noWorkspace')}</p>;
  if (!listed && fetching) return <LoadingState />;
  if (!listed && error) return <ErrorState error={error} onRetry={retry} />;
  const segments = listed ?? [];

  return (
    <ListPage
      title={t('segments.title')}
      create={canWrite && { id: 'segment-create', label: t('segments.create'), onClick: editor.create }}
      pageRef={pageRef}
    >
      <p className="muted page__notice">{t('segments.intro')}</p>
      <PageNotice notice={notice} />

      <RowsGrid<Segment>
        id="segment-grid"
        rows={segments}
        label={t('segments.title')}
        empty={<p className="empty">{t('segments.empty')}</p>}
        narrow={narrow}
        onAction={canWrite && onRowAction}
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
      </RowsGrid>

      <SegmentFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        segment={editor.edited}
        onClose={editor.closeDialog}
        onSaved={onSaved}
      />
      <DeleteConfirmDialog id="delete-confirm" {...deleteDialog} />
    </ListPage>
  );
}
