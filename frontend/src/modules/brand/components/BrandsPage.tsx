import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useTranslation } from 'react-i18next';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { EditDeleteColumn } from '../../ui/components/EditDeleteColumn';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice } from '../../ui/components/PageNotice';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useBrands } from '../hooks/useBrands';
import { useDeleteBrand } from '../hooks/useDeleteBrand';
import type { Brand } from '../types/Brand';
import { sortBrands } from '../validation';
import { BrandFormDialog } from './BrandFormDialog';
import { ListPage } from '../../ui/components/ListPage';

// Below this page width the row actions fold into one "⋯" menu, so Delete is never cut off.
const FULL_ROW_MIN_WIDTH = 640;

export function BrandsPage() {
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { brands: listed, error, fetching, retry } = useBrands(current?.id ?? null);
  const [, deleteBrand] = useDeleteBrand();
  // The server refuses to delete a brand that still has publications.
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, confirmDelete } = useRowsPage<Brand>({
    words: 'brands',
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: (brand) => deleteBrand({ workspaceId, id: brand.id }),
  });

  if (!loaded || (current && !listed && fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t('brands.noWorkspace')}</p>;
  if (error && !listed) return <ErrorState error={error} onRetry={retry} />;

  const brands = sortBrands(listed ?? []);

  return (
    <ListPage
      title={t('brands.title')}
      create={canWrite && { id: 'brand-create', label: t('brands.create'), onClick: editor.create }}
      pageRef={pageRef}
    >
      <p className="muted">{t('brands.intro')}</p>
      <PageNotice notice={notice} />
      {brands.length === 0 ? (
        <p className="card empty" id="brands-empty">
          {t('brands.empty')}
        </p>
      ) : (
        <Grid<Brand>
          key={`${i18n.language}-${narrow ? 'compact' : 'full'}`}
          id="brand-grid"
          items={brands}
          allRowsVisible
          theme="row-stripes wrap-cell-content"
          aria-label={t('brands.title')}
        >
          <GridColumn<Brand> header={t('brands.name')} width="8rem" flexGrow={2}>
            {({ item }) => <span style={{ overflowWrap: 'anywhere' }}>{item.name}</span>}
          </GridColumn>
          <GridColumn<Brand> header={t('brands.kind')} autoWidth flexGrow={0}>
            {({ item }) => (
              <span
                className={item.kind === 'CLIENT' ? 'badge' : undefined}
                style={item.kind === 'CLIENT' ? { marginInlineStart: 0 } : undefined}
              >
                {t(`brands.kinds.${item.kind}`)}
              </span>
            )}
          </GridColumn>
          {canWrite && <EditDeleteColumn<Brand> compact={narrow} onAction={onRowAction} />}
        </Grid>
      )}

      <BrandFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        brand={editor.edited}
        brands={brands}
        onClose={editor.closeDialog}
        onSaved={onSaved}
      />
      <DeleteConfirmDialog
        opened={editor.deleting !== null}
        title={t('brands.deleteTitle')}
        text={t('brands.deleteText', { name: editor.deleting?.name ?? '' })}
        confirmText={t('brands.delete')}
        onConfirm={confirmDelete}
        onClose={editor.cancelDelete}
      />
    </ListPage>
  );
}
