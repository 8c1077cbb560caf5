import { Button } from '@vaadin/react-components/Button.js';
import { Grid, type GridDataProvider, type GridElement } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Notification } from '@vaadin/react-components/Notification.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { Select } from '@vaadin/react-components/Select.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabularFormat } from '../../../generated/graphql';
import { generalErrorMessage, type ErrorSource } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { RowActions } from '../../ui/components/RowActions';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useIsNarrowerThan } from '../../ui/hooks/useIsNarrowerThan';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { EMPTY_FILTER, filterProblems, toPublicationFilter } from '../filterVariables';
import { dateTimeFormat, fractionFormat } from '../format';
import { useFilterOptions } from '../hooks/useFilterOptions';
import { ORDERS, type Publication, type PublicationFilterState, type PublicationOrder } from '../types/Publication';
import { InlineAssessmentEditor } from './InlineAssessmentEditor';
import { PublicationFilterBar } from './PublicationFilterBar';
import { PublicationFormDialog } from './PublicationFormDialog';
import '../publications.css';
import { useDeletePublication } from '../hooks/useDeletePublication';
import { useExportPublications } from '../hooks/useExportPublications';
import { usePublicationPages } from '../hooks/usePublicationPages';

const PAGE_SIZE = 50;
// Below this page width the brand, channel, weight and assessment columns fold into the title cell.
const FULL_ROW_MIN_WIDTH = 760;
// Below this width the three labelled row actions give way to one "⋯" menu, so no column is cut off.
const LABELLED_ACTIONS_MIN_WIDTH = 1100;

type ListState = { kind: 'loading' } | { kind: 'ready'; total: number } | { kind: 'failed'; error: ErrorSource };
type DialogState = { kind: 'closed' } | { kind: 'create' } | { kind: 'edit'; publication: Publication };
type RowAction = 'assess' | 'edit' | 'delete';

/** Starts a browser download of a same-origin file. */
function download(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export function PublicationsPage() {
  const { t, i18n } = useTranslation();
  const { current, loaded: workspacesLoaded } = useWorkspaces();
  const workspaceId = current?.id;
  const canWrite = useCanWrite();
  const { options, publishers, error: optionsError } = useFilterOptions(workspaceId);
  const [filter, setFilter] = useState<PublicationFilterState>(EMPTY_FILTER);
  const [orderBy, setOrderBy] = useState<PublicationOrder>('PUBLISHED_AT_DESC');
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [editing, setEditing] = useState<Publication | null>(null);
  const [dialog, setDialog] = useState<DialogState>({ kind: 'closed' });
  const [pendingDelete, setPendingDelete] = useState<Publication | null>(null);
  const [exporting, setExporting] = useState<TabularFormat | null>(null);
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(FULL_ROW_MIN_WIDTH);
  const [menuActions, summaryRef] = useIsNarrowerThan<HTMLDivElement>(LABELLED_ACTIONS_MIN_WIDTH);
  const gridRef = useRef<GridElement<Publication>>(null);
  const [, deletePublication] = useDeletePublication();
  const [, exportPublications] = useExportPublications();

  const graphqlFilter = useMemo(() => toPublicationFilter(filter), [filter]);
  const blocked = filterProblems(filter).length > 0;

  // One window of pages per filter, order and reload: the grid's pages are served from it.
  const { pages, reload } = usePublicationPages(workspaceId, graphqlFilter, orderBy, blocked);

  useEffect(() => {
    if (!pages) return;
    let live = true;
    setList({ kind: 'loading' });
    setEditing(null);
    pages
      .range(0, PAGE_SIZE)
      .then(({ totalCount }) => live && setList({ kind: 'ready', total: totalCount }))
      .catch((error: ErrorSource) => live && setList({ kind: 'failed', error }));
    return () => {
      live = false;
    };
  }, [pages]);

  const dataProvider = useCallback<GridDataProvider<Publication>>(
    (params, callback) => {
      if (!pages) {
        callback([], 0);
        return;
      }
      pages
        .range(params.page * params.pageSize, params.pageSize)
        .then(({ items, totalCount }) => callback(items, totalCount))
        .catch((error: ErrorSource) => setList({ kind: 'failed', error }));
    },
    [pages],
  );

  const showSaved = (publication: Publication) => {
    if (pages?.replace((p) => p.id === publication.id, publication)) gridRef.current?.clearCache();
    else reload();
  };

  const onRowAction = (action: RowAction, publication: Publication) => {
    if (action === 'assess') setEditing((open) => (open?.id === publication.id ? null : publication));
    else if (action === 'edit') setDialog({ kind: 'edit', publication });
    else setPendingDelete(publication);
  };

  const confirmDelete = async () => {
    const publication = pendingDelete;
    setPendingDelete(null);
    if (!publication || !workspaceId) return;
    const result = await deletePublication({ workspaceId, id: publication.id });
    if (result.error) {
      Notification.show(generalErrorMessage(result.error, t) ?? '', {
        theme: 'error',
        position: 'bottom-end',
        duration: 6000,
      });
      return;
    }
    Notification.show(t('publications.deleted', { title: publication.title }), {
      position: 'bottom-end',
      duration: 3000,
    });
    reload();
  };

  const runExport = async (format: TabularFormat) => {
    if (!workspaceId || exporting) return;
    setExporting(format);
    const result = await exportPublications({ workspaceId, filter: graphqlFilter, format }).finally(() =>
      setExporting(null),
    );
    if (result.error || !result.data) {
      Notification.show(generalErrorMessage(result.error, t) ?? '', {
        theme: 'error',
        position: 'bottom-end',
        duration: 6000,
      });
      return;
    }
    download(result.data.exportPublications.url, result.data.exportPublications.fileName);
  };

  const dates = dateTimeFormat(i18n.language);
  const fractions = fractionFormat(i18n.language);
  const counts = new Intl.NumberFormat(i18n.language);

  if (!workspacesLoaded) return <LoadingState />;
  if (!current) return <p className="empty">{t('publications.noWorkspace')}</p>;

  const orderItems = ORDERS.map((order) => ({ label: t(`publications.order.${order}`), value: order }));
  const total = list.kind === 'ready' ? list.total : null;

  return (
    <section className="page publications-page" ref={pageRef}>
      <header className="page__header">
        <h2>{t('publications.title')}</h2>
        <div className="publications-page__actions">
          <Button
            id="export-csv"
            theme="tertiary"
            disabled={exporting !== null || total === 0}
            onClick={() => void runExport('CSV')}
          >
            {t('publications.exportCsv')}
          </Button>
          <Button
            id="export-xlsx"
            theme="tertiary"
            disabled={exporting !== null || total === 0}
            onClick={() => void runExport('XLSX')}
          >
            {t('publications.exportXlsx')}
          </Button>
          {canWrite && (
            <Button id="publication-create" theme="primary" onClick={() => setDialog({ kind: 'create' })}>
              {t('publications.create')}
            </Button>
          )}
        </div>
      </header>

      {optionsError && <ErrorState error={optionsError} />}
      <PublicationFilterBar
        value={filter}
        onChange={setFilter}
        options={options}
        publishers={publishers}
        compact={narrow}
      />

      <div className="publications-page__summary" ref={summaryRef}>
        <span id="publication-total" role="status" aria-live="polite">
          {blocked
            ? t('publications.filterInvalid')
            : total === null
              ? t('common.loading')
              : t('publications.total', { count: total, formatted: counts.format(total) })}
        </span>
        <Select
          id="publication-order"
          label={t('publications.sortBy')}
          items={orderItems}
          value={orderBy}
          onValueChanged={(e) => {
            const value = e.detail.value as PublicationOrder;
            if (value && value !== orderBy) setOrderBy(value);
          }}
        />
      </div>

      {list.kind === 'failed' ? (
        <ErrorState error={list.error} onRetry={reload} />
      ) : list.kind === 'loading' && !blocked ? (
        <ProgressBar indeterminate aria-label={t('common.loading')} />
      ) : total === 0 ? (
        <div className="card empty" id="publications-empty">
          <p>{toPublicationFilter(filter) ? t('publications.emptyFiltered') : t('publications.empty')}</p>
        </div>
      ) : null}

      {pages && list.kind === 'ready' && list.total > 0 && (
        <Grid<Publication>
          key={`${i18n.language}-${narrow ? 'compact' : 'full'}-${menuActions ? 'menu' : 'buttons'}`}
          id="publication-grid"
          ref={gridRef}
          className="publications-grid"
          aria-label={t('publications.title')}
          itemIdPath="id"
          pageSize={PAGE_SIZE}
          dataProvider={dataProvider}
          theme="row-stripes wrap-cell-content"
          detailsOpenedItems={editing ? [editing] : []}
          rowDetailsRenderer={({ item }) =>
            editing && item.id === editing.id ? (
              <InlineAssessmentEditor
                workspaceId={current.id}
                publication={item}
                segments={options.segments}
                onClose={() => setEditing(null)}
                onSaved={(saved) => {
                  setEditing(null);
                  showSaved(saved);
                  Notification.show(t('publications.assessment.saved'), { position: 'bottom-end', duration: 3000 });
                }}
              />
            ) : null
          }
        >
          <GridColumn<Publication>
            header={t('publications.fields.publishedAt')}
            width="7.5rem"
            flexGrow={0}
            hidden={narrow}
          >
            {({ item }) => <time dateTime={item.publishedAt}>{dates.format(new Date(item.publishedAt))}</time>}
          </GridColumn>
          <GridColumn<Publication> header={t('publications.fields.title')} width="12rem" flexGrow={3}>
            {({ item }) => (
              <div className="publication-cell">
                {item.url ? (
                  <a href={item.url} target="_blank" rel="noopener noreferrer" className="publication-cell__title">
                    {item.title}
                  </a>
                ) : (
                  <span className="publication-cell__title">{item.title}</span>
                )}
                {narrow && (
                  <span className="publication-cell__meta">
                    {dates.format(new Date(item.publishedAt))} · {item.brand.name} · {item.channel.name} ·{' '}
                    {fractions.format(item.weight)}
                  </span>
                )}
              </div>
            )}
          </GridColumn>
          <GridColumn<Publication> header={t('publications.fields.brand')} width="7rem" flexGrow={1} hidden={narrow}>
            {({ item }) => <span>{item.brand.name}</span>}
          </GridColumn>
          <GridColumn<Publication> header={t('publications.fields.channel')} width="8rem" flexGrow={1} hidden={narrow}>
            {({ item }) => (
              <div className="publication-cell">
                <span>{item.channel.name}</span>
                <span className="publication-cell__meta">{t(`publications.channelType.${item.channel.type}`)}</span>
              </div>
            )}
          </GridColumn>
          <GridColumn<Publication>
            header={t('publications.fields.weight')}
            autoWidth
            flexGrow={0}
            textAlign="end"
            hidden={narrow}
          >
            {({ item }) => <span>{fractions.format(item.weight)}</span>}
          </GridColumn>
          <GridColumn<Publication>
            header={t('publications.assessment.title')}
            width="11rem"
            flexGrow={1}
            hidden={narrow}
          >
            {({ item }) => (
              <ul className="assessment-list" aria-label={t('publications.assessment.title')}>
                {item.assessments.map((a) => (
                  <li
                    key={a.segment.id}
                    className={`assessment-list__item assessment-list__item--${a.sentiment.toLowerCase()}`}
                  >
                    {a.segment.name}: {fractions.format(a.impact)} · {t(`publications.sentiment.${a.sentiment}`)}
                  </li>
                ))}
              </ul>
            )}
          </GridColumn>
          <GridColumn<Publication> header={t('publications.actions')} autoWidth flexGrow={0}>
            {({ item }) => (
              <PublicationRowActions
                publication={item}
                canWrite={canWrite}
                compact={menuActions}
                onAction={onRowAction}
              />
            )}
          </GridColumn>
        </Grid>
      )}

      {dialog.kind !== 'closed' && (
        <PublicationFormDialog
          opened
          workspaceId={current.id}
          publication={dialog.kind === 'edit' ? dialog.publication : null}
          options={options}
          onClose={() => setDialog({ kind: 'closed' })}
          onSaved={(saved, created) => {
            setDialog({ kind: 'closed' });
            Notification.show(t(created ? 'publications.created' : 'publications.saved', { title: saved.title }), {
              position: 'bottom-end',
              duration: 3000,
            });
            if (created) reload();
            else showSaved(saved);
          }}
        />
      )}

      <DeleteConfirmDialog
        id="publication-delete-dialog"
        opened={pendingDelete !== null}
        title={t('publications.deleteTitle')}
        text={t('publications.deleteText', { title: pendingDelete?.title ?? '' })}
        confirmText={t('publications.delete')}
        onConfirm={() => void confirmDelete()}
        onClose={() => setPendingDelete(null)}
      />
    </section>
  );
}

type RowActionsProps = Readonly<{
  publication: Publication;
  canWrite: boolean;
  compact: boolean;
  onAction: (action: RowAction, publication: Publication) => void;
}>;

function PublicationRowActions({ publication, canWrite, compact, onAction }: RowActionsProps) {
  const { t } = useTranslation();
  const title = publication.title;
  if (!canWrite) return null;
  return (
    <RowActions<RowAction>
      className="publication-actions"
      compact={compact}
      menuLabel={t('publications.actionsFor', { title })}
      actions={[
        {
          action: 'assess',
          text: t('publications.assessment.edit'),
          label: t('publications.assessment.editLabel', { title }),
        },
        { action: 'edit', text: t('publications.edit'), label: t('publications.editLabel', { title }) },
        {
          action: 'delete',
          text: t('publications.delete'),
          label: t('publications.deleteLabel', { title }),
          destructive: true,
        },
      ]}
      onAction={(action) => onAction(action, publication)}
    />
  );
}
