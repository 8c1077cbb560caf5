import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordGridPage } from '../../record/components/RecordGridPage';
import { AnyChoiceSelect } from '../../ui/components/AnyChoiceSelect';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { useAddressState } from '../../ui/hooks/useAddressState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCompanyPages } from '../hooks/useCompanyPages';
import { useDeleteCompany } from '../hooks/useDeleteCompany';
import { companyParamsOf, companyStateOf, isNarrowed } from '../listState';
import { COMPANY_ORDERS, COMPANY_SIZES, COMPANY_STATUSES, UPSELL_POTENTIALS, type Company } from '../types/Company';
import { CompanyFormDialog } from './CompanyFormDialog';
import { CompanyStatusBadge } from './CompanyStatusBadge';

/** The company's facts in one line, for the stacked row. */
function CompanyMeta({ company }: Readonly<{ company: Company }>) {
  const { t } = useTranslation();
  const parts = [
    t(`companies.status.${company.status}`),
    company.industry,
    company.region,
    company.size && t(`companies.size.${company.size}`),
  ].filter(Boolean);
  return <span className="entity-cell__meta">{parts.join(' · ')}</span>;
}

const nameOf = (company: Company) => company.name;

/** The companies grid: prefix search, filters, sorting and saved views. */
export function CompaniesPage() {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const { state, change, searchText, setSearchText } = useAddressState(companyStateOf, companyParamsOf);
  const { pages, reload } = useCompanyPages(current?.id, state);
  const [, deleteCompany] = useDeleteCompany();
  const counts = new Intl.NumberFormat(i18n.language);

  return (
    <RecordGridPage<Company>
      words="companies"
      idPrefix="company"
      screen="companies"
      nameOf={nameOf}
      pages={pages}
      reload={reload}
      narrowed={isNarrowed(state)}
      onClearFilter={() => {
        setSearchText('');
        change({ ...companyStateOf(new URLSearchParams()), orderBy: state.orderBy });
      }}
      remove={(w, company) => deleteCompany({ workspaceId: w, id: company.id })}
      filters={
        <>
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
        </>
      }
      columns={(narrow) => (
        <>
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
            {({ item }) => <CompanyStatusBadge status={item.status} />}
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
        </>
      )}
      form={(dialog, edited) => <CompanyFormDialog {...dialog} company={edited} />}
    />
  );
}
