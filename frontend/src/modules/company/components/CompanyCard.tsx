import { Button } from '@vaadin/react-components/Button.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { AnalyticValuesPanel } from '../../analytic/components/AnalyticValuesPanel';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { EquipmentPanel } from '../../equipment/components/EquipmentPanel';
import { PurchasesPanel } from '../../purchase/components/PurchasesPanel';
import { TimelinePanel } from '../../timeline/components/TimelinePanel';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { DetailList } from '../../ui/components/DetailList';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { PageNotice, type Notice } from '../../ui/components/PageNotice';
import { useIsNarrowerThan } from '../../ui/hooks/useIsNarrowerThan';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCompany } from '../hooks/useCompany';
import { useDeleteCompany } from '../hooks/useDeleteCompany';
import { CompanyFormDialog } from './CompanyFormDialog';
import '../../ui/pages.css';
import '../companies.css';

const NARROW = 600;

/** A company's card: its facts, its contacts, analytics, equipment, purchases and timeline. */
export function CompanyCard({ companyId }: Readonly<{ companyId: string }>) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { company, error, fetching, retry } = useCompany(current?.id ?? null, companyId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [, deleteCompany] = useDeleteCompany();
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(NARROW);

  if (!loaded || (current && !company && fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t('companies.noWorkspace')}</p>;
  if (!company)
    return (
      <section className="page">
        <ErrorState error={error} onRetry={retry} />
        <Link to="/companies">{t('companies.backToList')}</Link>
      </section>
    );

  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const counts = new Intl.NumberFormat(i18n.language);

  const confirmDelete = async () => {
    setDeleting(false);
    const { error: refused } = await deleteCompany({ workspaceId, id: company.id });
    if (refused) setNotice({ kind: 'error', text: generalErrorMessage(refused, t) ?? '' });
    else void navigate('/companies');
  };

  return (
    <section className="page record-page" ref={pageRef} aria-labelledby="company-name">
      <Link to="/companies" className="record-page__back">
        {t('companies.backToList')}
      </Link>
      <header className="record-page__header">
        <h2 id="company-name">{company.name}</h2>
        {canWrite && (
          <div className="row-actions">
            <Button id="company-edit" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button id="company-delete" theme="error tertiary" onClick={() => setDeleting(true)}>
              {t('common.delete')}
            </Button>
          </div>
        )}
      </header>
      <PageNotice notice={notice} />
      <div className="record-page__sections">
        <section className="card" aria-labelledby="company-details-title">
          <h3 id="company-details-title">{t('companies.details')}</h3>
          <DetailList
            id="company-details"
            items={[
              [
                t('companies.fields.status'),
                <span className={`badge company-status--${company.status.toLowerCase()}`}>
                  {t(`companies.status.${company.status}`)}
                </span>,
              ],
              [t('companies.fields.industry'), company.industry],
              [t('companies.fields.region'), company.region],
              [t('companies.fields.size'), company.size && t(`companies.size.${company.size}`)],
              [
                t('companies.fields.upsellPotential'),
                company.upsellPotential && t(`companies.upsell.${company.upsellPotential}`),
              ],
              [t('companies.fields.owner'), company.owner],
              [
                t('companies.fields.contacts'),
                <Link id="company-contacts-link" to={`/contacts?company=${company.id}`}>
                  {t('companies.contactsLink', {
                    count: company.contactCount,
                    formatted: counts.format(company.contactCount),
                  })}
                </Link>,
              ],
              [t('companies.fields.externalId'), company.externalId],
              [t('companies.createdAt'), dates.format(new Date(company.createdAt))],
              [t('companies.updatedAt'), dates.format(new Date(company.updatedAt))],
            ]}
          />
        </section>
        <AnalyticValuesPanel workspaceId={workspaceId} recordId={company.id} records="COMPANY" canWrite={canWrite} />
        <EquipmentPanel
          workspaceId={workspaceId}
          owner={{ companyId: company.id }}
          canWrite={canWrite}
          compact={narrow}
        />
        <PurchasesPanel workspaceId={workspaceId} owner={{ companyId: company.id }} canWrite={canWrite} />
        <TimelinePanel owner="company" workspaceId={workspaceId} id={company.id} />
      </div>
      <CompanyFormDialog
        opened={editing}
        workspaceId={workspaceId}
        company={company}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          setNotice({ kind: 'ok', text: t('companies.saved', { name: saved.name }) });
        }}
      />
      <DeleteConfirmDialog
        id="company-delete-confirm"
        opened={deleting}
        title={t('companies.deleteTitle')}
        text={t('companies.deleteText', { name: company.name })}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(false)}
      />
    </section>
  );
}
