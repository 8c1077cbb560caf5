import { Button } from '@vaadin/react-components/Button.js';
import { Grid, type GridElement } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { useGridPages } from '../../paging/useGridPages';
import { SavedViewBar } from '../../savedview/components/SavedViewBar';
import { AnyChoiceSelect } from '../../ui/components/AnyChoiceSelect';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { EditDeleteColumn } from '../../ui/components/EditDeleteColumn';
import { ErrorState } from '../../ui/components/ErrorState';
import { ListPage } from '../../ui/components/ListPage';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice } from '../../ui/components/PageNotice';
import { useAddressState } from '../../ui/hooks/useAddressState';
import { useRowsPage } from '../../ui/hooks/useRowsPage';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCompanyPages } from '../hooks/useCompanyPages';
import { useDeleteCompany } from '../hooks/useDeleteCompany';
import { companyParamsOf, companyStateOf, isNarrowed } from '../listState';
import { COMPANY_ORDERS, COMPANY_SIZES, COMPANY_STATUSES, UPSELL_POTENTIALS, type Company } from '../types/Company';
import { CompanyFormDialog } from './CompanyFormDialog';
import '../../ui/pages.css';
import '../companies.css';

const PAGE_SIZE = 50;
// Below this page width a row is one stacked cell and its actions fold into one "⋯" menu.
const FULL_ROW_MIN_WIDTH = 900;

/** The company's facts in one line, for the stacked row and the card. */
export function CompanyMeta({ company }: Readonly<{ company: Company }>) {
  const { t } = useTranslation();
  const parts = [
    t(`companies.status.${company.status}`),
    company.industry,
    company.region,
    company.size && t(`companies.size.${company.size}`),
  ].filter(Boolean);
  return <span className="entity-cell__meta">{parts.join(' · ')}</span>;
}

export function CompaniesPage() {
  const { t, i18n } = useTranslation();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { state, change, searchText, setSearchText } = useAddressState(companyStateOf, companyParamsOf);
  const { pages, reload } = useCompanyPages(current?.id, state);
  const { list, dataProvider } = useGridPages(pages, PAGE_SIZE);
  const gridRef = useRef<GridElement<Company>>(null);
  const [, deleteCompany] = useDeleteCompany();
  const { editor, notice, narrow, pageRef, onRowAction, onSaved, deleteDialog } = useRowsPage<Company>({
    words: 'companies',
    narrowBelow: FULL_ROW_MIN_WIDTH,
    remove: async (company) => {
      const result = await deleteCompany({ workspaceId, id: company.id });
      if (!result.error) reload();
      return result;
    },
  });
  const counts = new Intl.NumberFormat(i18n.language);

  if (!loaded) return <LoadingState />;
  if (!current) return <p className="empty">{t('companies.noWorkspace')}</p>;

  const total = list.kind === 'ready' ? list.total : null;
  const narrowed = isNarrowed(state);
  const clearFilter = () => {
    setSearchText('');
    change({ ...companyStateOf(new URLSearchParams()), orderBy: state.orderBy });
  };

  return (
    <ListPage
      title={t('companies.title')}
      create={canWrite && { id: 'company-create', label: t('companies.create'), onClick: editor.create }}
      pageRef={pageRef}
    >
      <p className="muted page__notice">{t('companies.intro')}</p>
      <PageNotice notice={notice} />

      <div className="list-filter" role="search" aria-label={t('companies.filterLabel')}>
        <TextField
          id="company-search"
          className="list-filter__search"
          label={t('companies.search')}
          placeholder={t('companies.searchPlaceholder')}
          clearButtonVisible
          value={searchText}
          onValueChanged={(e) => setSearchText(e.detail.value)}
        />
        <AnyChoiceSelect
          id="company-status-filter"
          label={t('companies.fields.status')}
          anyLabel={t('companies.anyStatus')}
          value={state.status}
          choices={COMPANY_STATUSES}
          words="companies.status"
          onChange={(status) => change({ status })}
        />
        <AnyChoiceSelect
          id="company-size-filter"
          label={t('companies.fields.size')}
          anyLabel={t('companies.anySize')}
          value={state.size}
          choices={COMPANY_SIZES}
          words="companies.size"
          onChange={(size) => change({ size })}
        />
        <AnyChoiceSelect
          id="company-upsell-filter"
          label={t('companies.fields.upsellPotential')}
          anyLabel={t('companies.anyUpsell')}
          value={state.upsell}
          choices={UPSELL_POTENTIALS}
          words="companies.upsell"
          onChange={(upsell) => change({ upsell })}
        />
        <TextField
          id="company-region-filter"
          label={t('companies.fields.region')}
          clearButtonVisible
          value={state.region}
          onChange={(e) => change({ region: e.target.value })}
        />
        <TextField
          id="company-industry-filter"
          label={t('companies.fields.industry')}
          clearButtonVisible
          value={state.industry}
          onChange={(e) => change({ industry: e.target.value })}
        />
        <ChoiceSelect
          id="company-order"
          label={t('companies.sortBy')}
          value={state.orderBy}
          choices={COMPANY_ORDERS}
          words="companies.order"
          onChange={(orderBy) => change({ orderBy })}
        />
      </div>
      <SavedViewBar workspaceId={workspaceId} screen="companies" />

      <span className="muted" id="company-total" role="status" aria-live="polite">
        {total === null ? t('common.loading') : t('companies.total', { count: total, formatted: counts.format(total) })}
      </span>

      {list.kind === 'failed' ? (
        <ErrorState error={list.error} onRetry={reload} />
      ) : list.kind === 'loading' ? (
        <ProgressBar indeterminate aria-label={t('common.loading')} />
      ) : total === 0 ? (
        <div className="card empty list-empty" id="companies-empty">
          {narrowed ? (
            <>
              <p>{t('companies.noMatch')}</p>
              <Button id="company-clear-filter" onClick={clearFilter}>
                {t('companies.clearFilter')}
              </Button>
            </>
          ) : (
            <>
              <p>{t('companies.empty')}</p>
              {canWrite ? (
                <Button id="company-create-first" theme="primary" onClick={editor.create}>
                  {t('companies.createFirst')}
                </Button>
              ) : (
                <p className="muted">{t('companies.emptyReader')}</p>
              )}
            </>
          )}
        </div>
      ) : null}

      {pages && total !== null && total > 0 && (
        <Grid<Company>
          key={`${i18n.language}-${narrow ? 'compact' : 'full'}`}
          id="company-grid"
          ref={gridRef}
          aria-label={t('companies.title')}
          itemIdPath="id"
          pageSize={PAGE_SIZE}
          dataProvider={dataProvider}
          theme="row-stripes wrap-cell-content"
          className="list-grid"
        >
          <GridColumn<Company> header={t('companies.fields.name')} width="12rem" flexGrow={3}>
            {({ item }) => (
              <span className="entity-cell">
                <Link className="entity-cell__name" to={`/companies/${item.id}`}>
                  {item.name}
                </Link>
                {narrow && <CompanyMeta company={item} />}
              </span>
            )}
          </GridColumn>
          <GridColumn<Company> header={t('companies.fields.status')} autoWidth flexGrow={0} hidden={narrow}>
            {({ item }) => (
              <span className={`badge company-status--${item.status.toLowerCase()}`}>
                {t(`companies.status.${item.status}`)}
              </span>
            )}
          </GridColumn>
          <GridColumn<Company> header={t('companies.fields.industry')} width="8rem" flexGrow={1} hidden={narrow}>
            {({ item }) => item.industry}
          </GridColumn>
          <GridColumn<Company> header={t('companies.fields.region')} width="7rem" flexGrow={1} hidden={narrow}>
            {({ item }) => item.region}
          </GridColumn>
          <GridColumn<Company> header={t('companies.fields.upsellPotential')} autoWidth flexGrow={0} hidden={narrow}>
            {({ item }) => (item.upsellPotential ? t(`companies.upsell.${item.upsellPotential}`) : '')}
          </GridColumn>
          <GridColumn<Company> header={t('companies.fields.owner')} width="7rem" flexGrow={1} hidden={narrow}>
            {({ item }) => item.owner ?? ''}
          </GridColumn>
          <GridColumn<Company>
            header={t('companies.fields.contacts')}
            autoWidth
            flexGrow={0}
            textAlign="end"
            hidden={narrow}
          >
            {({ item }) => counts.format(item.contactCount)}
          </GridColumn>
          {canWrite && <EditDeleteColumn<Company> compact={narrow} onAction={onRowAction} />}
        </Grid>
      )}

      <CompanyFormDialog
        opened={editor.dialogOpened}
        workspaceId={workspaceId}
        company={editor.edited}
        onClose={editor.closeDialog}
        onSaved={(company) => {
          onSaved(company);
          // A new company may land on any page; an edited one is redrawn in place.
          if (!pages?.replace((c) => c.id === company.id, company)) reload();
          else gridRef.current?.clearCache();
        }}
      />
      <DeleteConfirmDialog id="company-delete-confirm" {...deleteDialog} confirmText={t('common.delete')} />
    </ListPage>
  );
}
