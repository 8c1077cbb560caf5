import { Button } from '@vaadin/react-components/Button.js';
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

// Below this page width the immersion column gives way and the row actions fold into one menu.
const FULL_ROW_MIN_WIDTH = 640;

type DialogState = { kind: 'closed' } | { kind: 'create' } | { kind: 'edit'; segment: Segment };

export function SegmentsPage() {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { segments: listed, error, fetching, retry } = useSegments(current?.id ?? null);
  const [, deleteSegment] = useDeleteSegment();
  const [dialog, setDialog] = useState<DialogState>({ kind: 'closed' });
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(FULL_ROW_MIN_WIDTH);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });

  if (!current) return <p className="empty">{t('segments.noWorkspace')}</p>;
  if (!listed && fetching) return <LoadingState />;
  if (!listed && error) return <ErrorState error={error} onRetry={retry} />;
  const segments = listed ?? [];

  const confirmDelete = async () => {
    const segment = deleting;
    setDeleting(null);
    if (!segment) return;
    const result = await deleteSegment({ workspaceId, id: segment.id });
    if (result.error) setNotice({ kind: 'error', text: generalErrorMessage(result.error, t) ?? '' });
    else setNotice({ kind: 'ok', text: t('segments.deleted', { name: segment.name }) });
  };

  return (
    <section className="page" ref={pageRef}>
      <header className="page__header">
        <h2>{t('segments.title')}</h2>
        {canWrite && (
          <Button id="segment-create" theme="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('segments.create')}
          </Button>
        )}
      </header>
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
                if (action === 'edit') setDialog({ kind: 'edit', segment: item });
                else setDeleting(item);
              }}
            />
          )}
        </Grid>
      )}

      <SegmentFormDialog
        opened={dialog.kind !== 'closed'}
        workspaceId={workspaceId}
        segment={dialog.kind === 'edit' ? dialog.segment : null}
        onClose={() => setDialog({ kind: 'closed' })}
        onSaved={(saved) => {
          setDialog({ kind: 'closed' });
          setNotice({ kind: 'ok', text: t('segments.saved', { name: saved.name }) });
        }}
      />
      <DeleteConfirmDialog
        id="delete-confirm"
        opened={deleting !== null}
        title={t('segments.deleteTitle')}
        text={t('segments.deleteText', { name: deleting?.name ?? '' })}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
