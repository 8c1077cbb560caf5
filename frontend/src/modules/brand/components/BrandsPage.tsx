import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Notification } from '@vaadin/react-components/Notification.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { EditDeleteColumn } from '../../ui/components/EditDeleteColumn';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useIsNarrowerThan } from '../../ui/hooks/useIsNarrowerThan';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useBrands } from '../hooks/useBrands';
import { useDeleteBrand } from '../hooks/useDeleteBrand';
import type { Brand } from '../types/Brand';
import { sortBrands } from '../validation';
import { BrandFormDialog } from './BrandFormDialog';
import { ListPage } from '../../ui/components/ListPage';
import { useListEditing } from '../../ui/hooks/useListEditing';

// Below this page width the row actions fold into one "⋯" menu, so Delete is never cut off.
const FULL_ROW_MIN_WIDTH = 640;

export function BrandsPage() {
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { brands: listed, error, fetching, retry } = useBrands(current?.id ?? null);
  const editor = useListEditing<Brand>();
  const [deleteError, setDeleteError] = useState<string>();
  const [, deleteBrand] = useDeleteBrand();
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(FULL_ROW_MIN_WIDTH);

  if (!loaded || (current && !listed && fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t('brands.noWorkspace')}</p>;
  if (error && !listed) return <ErrorState error={error} onRetry={retry} />;

  const brands = sortBrands(listed ?? []);

  const confirmDelete = async () => {
    const brand = editor.deleting;
    editor.cancelDelete();
    if (!brand) return;
    const result = await deleteBrand({ workspaceId, id: brand.id });
    if (result.error) {
      // The API refuses to delete a brand that still has publications; it says so on the "id" field.
      const onId = fieldErrors(result.error, t).id;
      setDeleteError(
        onId ? t('brands.deleteFailed', { name: brand.name, message: onId }) : generalErrorMessage(result.error, t),
      );
      return;
    }
    setDeleteError(undefined);
    Notification.show(t('brands.deleted', { name: brand.name }), { position: 'bottom-end', duration: 3000 });
  };

  return (
    <ListPage
      title={t('brands.title')}
      create={canWrite && { id: 'brand-create', label: t('brands.create'), onClick: editor.create }}
      pageRef={pageRef}
    >
      <p className="muted">{t('brands.intro')}</p>
      {deleteError && (
        <p role="alert" className="form-error" id="brand-delete-error">
          {deleteError}
        </p>
      )}
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
          {canWrite && (
            <EditDeleteColumn<Brand>
              compact={narrow}
              onAction={(action, item) => (action === 'edit' ? editor.edit(item) : editor.askDelete(item))}
            />
          )}
        </Grid>
      )}

      <BrandFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        brand={editor.edited}
        brands={brands}
        onClose={editor.closeDialog}
        onSaved={(saved) => {
          editor.closeDialog();
          Notification.show(t('brands.saved', { name: saved.name }), { position: 'bottom-end', duration: 3000 });
        }}
      />
      <DeleteConfirmDialog
        opened={editor.deleting !== null}
        title={t('brands.deleteTitle')}
        text={t('brands.deleteText', { name: editor.deleting?.name ?? '' })}
        confirmText={t('brands.delete')}
        onConfirm={() => void confirmDelete()}
        onClose={editor.cancelDelete}
      />
    </ListPage>
  );
}
