import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useTranslation } from 'react-i18next';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { RowsGrid } from '../../ui/components/RowsGrid';
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
  const { t } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { brands: listed, error, fetching, retry } = useBrands(current?.id ?? null);
  const [, deleteBrand] = useDeleteBrand();
  // The server refuses to delete a brand that still has publications.
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<Brand>({
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
      <RowsGrid<Brand>
        id="brand-grid"
        rows={brands}
        label={t('brands.title')}
        empty={
          <p className="card empty" id="brands-empty">
            {t('brands.empty')}
          </p>
        }
        narrow={narrow}
        onAction={canWrite && onRowAction}
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
      </RowsGrid>

      <BrandFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        brand={editor.edited}
        brands={brands}
        onClose={editor.closeDialog}
        onSaved={onSaved}
      />
      <DeleteConfirmDialog {...deleteDialog} confirmText={t('brands.delete')} />
    </ListPage>
  );
}
