import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AnalyticValuesPanel } from '../../analytic/components/AnalyticValuesPanel';
import { EquipmentPanel } from '../../equipment/components/EquipmentPanel';
import { PurchasesPanel } from '../../purchase/components/PurchasesPanel';
import { RecordCard } from '../../record/components/RecordCard';
import { TimelinePanel } from '../../timeline/components/TimelinePanel';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCompany } from '../hooks/useCompany';
import { useDeleteCompany } from '../hooks/useDeleteCompany';
import type { Company } from '../types/Company';
import { CompanyFormDialog } from './CompanyFormDialog';
import { CompanyStatusBadge } from './CompanyStatusBadge';

const nameOf = (company: Company) => company.name;

/** A company's card: its facts, its contacts, analytics, equipment, purchases and timeline. */
export function CompanyCard({ companyId }: Readonly<{ companyId: string }>) {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const { company, ...found } = useCompany(current?.id ?? null, companyId);
  const [, deleteCompany] = useDeleteCompany();

  const details = (c: Company) => {
    const counts = new Intl.NumberFormat(i18n.language);
    return [
      [t('companies.fields.status'), <CompanyStatusBadge status={c.status} />],
      [t('companies.fields.industry'), c.industry],
      [t('companies.fields.region'), c.region],
      [t('companies.fields.size'), c.size && t(`companies.size.${c.size}`)],
      [t('companies.fields.upsellPotential'), c.upsellPotential && t(`companies.upsell.${c.upsellPotential}`)],
      [t('companies.fields.owner'), c.owner],
      [
        t('companies.fields.contacts'),
        <Link id="company-contacts-link" to={`/contacts?company=${c.id}`}>
          {t('companies.contactsLink', { count: c.contactCount, formatted: counts.format(c.contactCount) })}
        </Link>,
      ],
      [t('companies.fields.externalId'), c.externalId],
    ] as const;
  };

  return (
    <RecordCard<Company>
      words="companies"
      idPrefix="company"
      listPath="/companies"
      found={{ ...found, record: company }}
      nameOf={nameOf}
      details={details}
      sections={(c, { workspaceId, canWrite, narrow }) => (
        <>
          <AnalyticValuesPanel workspaceId={workspaceId} recordId={c.id} records="COMPANY" canWrite={canWrite} />
          <EquipmentPanel workspaceId={workspaceId} owner={{ companyId: c.id }} canWrite={canWrite} compact={narrow} />
          <PurchasesPanel workspaceId={workspaceId} owner={{ companyId: c.id }} canWrite={canWrite} />
          <TimelinePanel owner="company" workspaceId={workspaceId} id={c.id} />
        </>
      )}
      remove={(w, c) => deleteCompany({ workspaceId: w, id: c.id })}
      form={(dialog, c) => <CompanyFormDialog {...dialog} company={c} />}
    />
  );
}
