import { Button } from '@vaadin/react-components/Button.js';
import { Grid, type GridElement } from '@vaadin/react-components/Grid.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorSource } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { useGridPages } from '../../paging/useGridPages';
import { replaceIn, type ConnectionWindow } from '../../publication/connectionWindow';
import { SavedViewBar } from '../../savedview/components/SavedViewBar';
import type { RowDialogProps } from '../../ui/components/DraftFormDialog';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { EditDeleteColumn } from '../../ui/components/EditDeleteColumn';
import { ErrorState } from '../../ui/components/ErrorState';
import { ListPage } from '../../ui/components/ListPage';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice } from '../../ui/components/PageNotice';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import '../../ui/pages.css';

const PAGE_SIZE = 50;
// Below this page width a row is one stacked cell and its actions fold into one "⋯" menu.
const FULL_ROW_MIN_WIDTH = 900;

type Props<T extends { id: string }> = Readonly<{
  /**
   * The page's translations: `<words>.title`, `.intro`, `.noWorkspace`, `.create`, `.filterLabel`, `.total`
   * ({count, formatted}), `.noMatch`, `.clearFilter`, `.empty`, `.createFirst`, `.emptyReader`, and useRowsPage's.
   */
  words: string;
  /** The start of the page's element ids: `<idPrefix>-create`, `-total`, `-grid`, `-clear-filter`, … */
  idPrefix: string;
  /** The saved views' screen key. */
  screen: string;
  /** How a row is named in notices and its actions' accessible names. */
  nameOf: (row: T) => string;
  /** The rows the address's search, filters and sorting select, and how to start them afresh. */
  pages: ConnectionWindow<T> | null;
  reload: () => void;
  /** Whether a search or filter narrows the list (its empty state then offers to clear them). */
  narrowed: boolean;
  onClearFilter: () => void;
  remove: (workspaceId: string, row: T) => Promise<Readonly<{ error?: ErrorSource }>>;
  /** Above the filters: what else narrows the list or where else to go. */
  lead?: ReactNode;
  /** The filter row's fields; the search field first. */
  filters: ReactNode;
  /** The grid's columns before the actions; on a narrow page the first column stacks the others. */
  columns: (narrow: boolean) => ReactNode;
  /** The create / edit dialog. */
  form: (props: RowDialogProps<T>, edited: T | null) => ReactNode;
}>;

/**
 * A customer base list page (contacts, companies): filters kept in the address with saved views, the total, a lazy
 * grid over the API's pages with its empty and error states, Edit and Delete per row, and the form dialog. A page of
 * its own is only its filters, columns and form.
 */
export function RecordGridPage<T extends { id: string }>(props: Props<T>) {
  const { words, idPrefix, screen, nameOf, pages, reload, narrowed, onClearFilter, remove } = props;
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { list, dataProvider } = useGridPages(pages, PAGE_SIZE);
  const gridRef = useRef<GridElement<T>>(null);
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<T & { name: string }>({
    words,
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: async (row) => {
      const result = await remove(workspaceId, row);
      if (!result.error) reload();
      return result;
    },
  });
  const counts = new Intl.NumberFormat(i18n.language);
  const asRow = (row: T) => ({ ...row, name: nameOf(row) });

  if (!loaded) return <LoadingState />;
  if (!current) return <p className="empty">{t(`${words}.noWorkspace`)}</p>;

  const total = list.kind === 'ready' ? list.total : null;
  return (
    <ListPage
      title={t(`${words}.title`)}
      create={canWrite && { id: `${idPrefix}-create`, label: t(`${words}.create`), onClick: editor.create }}
      pageRef={pageRef}
    >
      <p className="muted page__notice">{t(`${words}.intro`)}</p>
      <PageNotice notice={notice} />
      {props.lead}
      <div className="list-filter" role="search" aria-label={t(`${words}.filterLabel`)}>
        {props.filters}
      </div>
      <SavedViewBar workspaceId={workspaceId} screen={screen} />

      <span className="muted" id={`${idPrefix}-total`} role="status" aria-live="polite">
        {total === null ? t('common.loading') : t(`${words}.total`, { count: total, formatted: counts.format(total) })}
      </span>

      {list.kind === 'failed' ? (
        <ErrorState error={list.error} onRetry={reload} />
      ) : list.kind === 'loading' ? (
        <ProgressBar indeterminate aria-label={t('common.loading')} />
      ) : total === 0 ? (
        <div className="card empty list-empty" id={`${words}-empty`}>
          {narrowed ? (
            <>
              <p>{t(`${words}.noMatch`)}</p>
              <Button id={`${idPrefix}-clear-filter`} onClick={onClearFilter}>
                {t(`${words}.clearFilter`)}
              </Button>
            </>
          ) : (
            <>
              <p>{t(`${words}.empty`)}</p>
              {canWrite ? (
                <Button id={`${idPrefix}-create-first`} theme="primary" onClick={editor.create}>
                  {t(`${words}.createFirst`)}
                </Button>
              ) : (
                <p className="muted">{t(`${words}.emptyReader`)}</p>
              )}
            </>
          )}
        </div>
      ) : null}

      {pages && total !== null && total > 0 && (
        <Grid<T>
          // Auto-width columns are measured once; remeasure when the labels or the layout change.
          key={`${i18n.language}-${narrow ? 'compact' : 'full'}`}
          id={`${idPrefix}-grid`}
          ref={gridRef}
          aria-label={t(`${words}.title`)}
          itemIdPath="id"
          pageSize={PAGE_SIZE}
          dataProvider={dataProvider}
          theme="row-stripes wrap-cell-content"
          className="list-grid"
        >
          {props.columns(narrow)}
          {canWrite && (
            <EditDeleteColumn<T>
              compact={narrow}
              nameOf={nameOf}
              onAction={(action, row) => onRowAction(action, asRow(row))}
            />
          )}
        </Grid>
      )}

      {props.form(
        {
          opened: editor.dialogOpened,
          workspaceId,
          onClose: editor.closeDialog,
          onSaved: (saved) => {
            onSaved(asRow(saved));
            // A new row may land on any page; an edited one is redrawn in place.
            if (!pages || !replaceIn(pages, saved)) reload();
            else gridRef.current?.clearCache();
          },
        },
        editor.edited,
      )}
      <DeleteConfirmDialog id={`${idPrefix}-delete-confirm`} {...deleteDialog} />
    </ListPage>
  );
}
