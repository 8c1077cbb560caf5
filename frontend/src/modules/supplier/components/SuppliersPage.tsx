import { Button } from '@vaadin/react-components/Button.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { ErrorState } from '../../ui/components/ErrorState';
import { ListPage } from '../../ui/components/ListPage';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice } from '../../ui/components/PageNotice';
import { RowsGrid } from '../../ui/components/RowsGrid';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useDeleteSupplier } from '../hooks/useDeleteSupplier';
import { useSupplierScores } from '../hooks/useSupplierScores';
import { formatScore, formatShare } from '../scores';
import { useSuppliers } from '../hooks/useSuppliers';
import { BUDGET_CATEGORIES, type BudgetCategory, type Supplier } from '../types/Supplier';
import { filterSuppliers, sortSuppliers } from '../validation';
import { SupplierFormDialog } from './SupplierFormDialog';
import '../../ui/pages.css';
import '../suppliers.css';

// Below this page width the row becomes one stacked cell and its actions fold into one "⋯" menu.
const FULL_ROW_MIN_WIDTH = 720;
const ALL_SERVICES = 'ALL';

function telHref(phone: string): string {
  // A tel: URI keeps the digits and the leading +; spaces and brackets are only for reading.
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

function ServiceBadges({ services }: Readonly<{ services: readonly BudgetCategory[] }>) {
  const { t } = useTranslation();
  if (services.length === 0) return null;
  return (
    <span className="supplier-badges">
      {services.map((service) => (
        <span key={service} className="badge">
          {t(`suppliers.categories.${service}`)}
        </span>
      ))}
    </span>
  );
}

function Contact({ supplier }: Readonly<{ supplier: Supplier }>) {
  const { contactName, email, phone } = supplier;
  if (!contactName && !email && !phone) return null;
  return (
    <span className="supplier-contact">
      {contactName && <span>{contactName}</span>}
      {email && <a href={`mailto:${email}`}>{email}</a>}
      {phone && <a href={telHref(phone)}>{phone}</a>}
    </span>
  );
}

type Standing = Readonly<{ overall: number | null; onTimeRate: number | null; engagements: number }>;

/** The overall score out of 5 and the on-time rate, from the supplier's rated engagements. */
function Score({ standing }: Readonly<{ standing: Standing | undefined }>) {
  const { t, i18n } = useTranslation();
  if (!standing || standing.engagements === 0) return <span className="muted">{t('suppliers.score.none')}</span>;
  return (
    <span className="supplier-score">
      <span className="supplier-score__overall">
        {t('suppliers.score.overall', { score: formatScore(standing.overall, i18n.language) })}
      </span>
      <span className="muted">
        {t('suppliers.score.onTime', { rate: formatShare(standing.onTimeRate, i18n.language) })} ·{' '}
        {t('suppliers.score.engagements', { count: standing.engagements })}
      </span>
    </span>
  );
}

export function SuppliersPage() {
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { suppliers: listed, error, fetching, retry } = useSuppliers(current?.id ?? null);
  const { scores } = useSupplierScores(current?.id ?? null);
  const standings = useMemo(() => new Map((scores ?? []).map((each) => [each.id, each.score])), [scores]);
  const [, deleteSupplier] = useDeleteSupplier();
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<Supplier>({
    words: 'suppliers',
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: (supplier) => deleteSupplier({ workspaceId, id: supplier.id }),
  });
  const [service, setService] = useState<BudgetCategory | null>(null);
  const [text, setText] = useState('');

  if (!loaded || (current && !listed && fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t('suppliers.noWorkspace')}</p>;
  if (error && !listed) return <ErrorState error={error} onRetry={retry} />;

  const suppliers = sortSuppliers(listed ?? [], i18n.language);
  const shown = filterSuppliers(suppliers, { service, text });
  const filtered = service !== null || text.trim() !== '';
  const clearFilter = () => {
    setService(null);
    setText('');
  };

  return (
    <ListPage
      title={t('suppliers.title')}
      create={
        canWrite &&
        suppliers.length > 0 && { id: 'supplier-create', label: t('suppliers.create'), onClick: editor.create }
      }
      pageRef={pageRef}
    >
      <p className="muted page__notice">{t('suppliers.intro')}</p>
      {suppliers.length >= 2 && (
        <p className="page__notice">
          <Link id="supplier-compare-link" to="/suppliers/compare">
            {t('suppliers.compare.open')}
          </Link>
        </p>
      )}
      <PageNotice notice={notice} />

      {suppliers.length === 0 ? (
        <div className="card empty supplier-empty" id="suppliers-empty">
          <p>{t('suppliers.empty')}</p>
          {canWrite ? (
            <Button id="supplier-create" theme="primary" onClick={editor.create}>
              {t('suppliers.createFirst')}
            </Button>
          ) : (
            <p className="muted">{t('suppliers.emptyReader')}</p>
          )}
        </div>
      ) : (
        <>
          <div className="supplier-filter" role="search">
            <Select
              id="supplier-service-filter"
              label={t('suppliers.filterService')}
              value={service ?? ALL_SERVICES}
              items={[
                { value: ALL_SERVICES, label: t('suppliers.allServices') },
                ...BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`suppliers.categories.${c}`) })),
              ]}
              onValueChanged={(e) => {
                const value = e.detail.value;
                setService(!value || value === ALL_SERVICES ? null : (value as BudgetCategory));
              }}
            />
            <TextField
              id="supplier-search"
              label={t('suppliers.search')}
              placeholder={t('suppliers.searchPlaceholder')}
              clearButtonVisible
              value={text}
              onValueChanged={(e) => setText(e.detail.value)}
            />
            <span className="muted supplier-filter__count" id="supplier-count" role="status" aria-live="polite">
              {filtered
                ? t('suppliers.countFiltered', { shown: shown.length, count: suppliers.length })
                : t('suppliers.count', { count: suppliers.length })}
            </span>
          </div>

          <RowsGrid<Supplier>
            id="supplier-grid"
            rows={shown}
            label={t('suppliers.title')}
            empty={
              <div className="card empty supplier-empty" id="suppliers-no-match">
                <p>{t('suppliers.noMatch')}</p>
                <Button id="supplier-clear-filter" onClick={clearFilter}>
                  {t('suppliers.clearFilter')}
                </Button>
              </div>
            }
            narrow={narrow}
            onAction={canWrite && onRowAction}
          >
            {narrow ? (
              <GridColumn<Supplier> header={t('suppliers.supplier')} flexGrow={1}>
                {({ item }) => (
                  <span className="entity-cell">
                    <span className="entity-cell__name">{item.name}</span>
                    <ServiceBadges services={item.services} />
                    <Score standing={standings.get(item.id)} />
                    <Contact supplier={item} />
                  </span>
                )}
              </GridColumn>
            ) : (
              <>
                <GridColumn<Supplier> header={t('suppliers.name')} width="10rem" flexGrow={2}>
                  {({ item }) => <span className="entity-cell__name">{item.name}</span>}
                </GridColumn>
                <GridColumn<Supplier> header={t('suppliers.services')} width="12rem" flexGrow={2}>
                  {({ item }) => <ServiceBadges services={item.services} />}
                </GridColumn>
                <GridColumn<Supplier> header={t('suppliers.score.title')} width="9rem" flexGrow={1}>
                  {({ item }) => <Score standing={standings.get(item.id)} />}
                </GridColumn>
                <GridColumn<Supplier> header={t('suppliers.contact')} width="12rem" flexGrow={2}>
                  {({ item }) => <Contact supplier={item} />}
                </GridColumn>
              </>
            )}
          </RowsGrid>
        </>
      )}

      <SupplierFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        supplier={editor.edited}
        suppliers={suppliers}
        onClose={editor.closeDialog}
        onSaved={onSaved}
      />
      <DeleteConfirmDialog id="supplier-delete-confirm" {...deleteDialog} confirmText={t('suppliers.delete')} />
    </ListPage>
  );
}
