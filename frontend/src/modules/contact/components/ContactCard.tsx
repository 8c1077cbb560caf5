import { Button } from '@vaadin/react-components/Button.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { AnalyticValuesPanel } from '../../analytic/components/AnalyticValuesPanel';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { ConsentPanel } from '../../consent/components/ConsentPanel';
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
import { useContact } from '../hooks/useContact';
import { useDeleteContact } from '../hooks/useDeleteContact';
import { displayName } from '../types/Contact';
import { ContactFormDialog } from './ContactFormDialog';
import '../../ui/pages.css';
import '../contacts.css';

// Below this width the record lists fold their actions into one "⋯" menu.
const NARROW = 600;

function telHref(phone: string): string {
  // A tel: URI keeps the digits and the leading +; spaces and brackets are only for reading.
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** A contact's card: their facts and company, analytics, consent with its history, equipment, purchases, timeline. */
export function ContactCard({ contactId }: Readonly<{ contactId: string }>) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { contact, error, fetching, retry } = useContact(current?.id ?? null, contactId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [, deleteContact] = useDeleteContact();
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(NARROW);

  if (!loaded || (current && !contact && fetching)) return <LoadingState />;
  if (!current) return <p className="empty">{t('contacts.noWorkspace')}</p>;
  if (!contact)
    return (
      <section className="page">
        <ErrorState error={error} onRetry={retry} />
        <Link to="/contacts">{t('contacts.backToList')}</Link>
      </section>
    );

  const name = displayName(contact);
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const region = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const language = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const address = [contact.addressLine, [contact.postalCode, contact.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');

  const confirmDelete = async () => {
    setDeleting(false);
    const { error: refused } = await deleteContact({ workspaceId, id: contact.id });
    if (refused) setNotice({ kind: 'error', text: generalErrorMessage(refused, t) ?? '' });
    else void navigate('/contacts');
  };

  return (
    <section className="page record-page" ref={pageRef} aria-labelledby="contact-name">
      <Link to="/contacts" className="record-page__back">
        {t('contacts.backToList')}
      </Link>
      <header className="record-page__header">
        <h2 id="contact-name">{name}</h2>
        {canWrite && (
          <div className="row-actions">
            <Button id="contact-edit" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button id="contact-delete" theme="error tertiary" onClick={() => setDeleting(true)}>
              {t('common.delete')}
            </Button>
          </div>
        )}
      </header>
      <PageNotice notice={notice} />
      <div className="record-page__sections">
        <section className="card" aria-labelledby="contact-details-title">
          <h3 id="contact-details-title">{t('contacts.details')}</h3>
          <DetailList
            id="contact-details"
            items={[
              [
                t('contacts.fields.company'),
                contact.company && <Link to={`/companies/${contact.company.id}`}>{contact.company.name}</Link>,
              ],
              [t('contacts.fields.position'), contact.position],
              [
                t('contacts.role'),
                (contact.keyStaff || contact.management) && (
                  <span className="contact-flags">
                    {contact.keyStaff && <span className="badge">{t('contacts.fields.keyStaff')}</span>}
                    {contact.management && <span className="badge">{t('contacts.fields.management')}</span>}
                  </span>
                ),
              ],
              [t('contacts.fields.email'), contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>],
              [t('contacts.fields.phone'), contact.phone && <a href={telHref(contact.phone)}>{contact.phone}</a>],
              [t('contacts.address'), address],
              [t('contacts.fields.country'), contact.country && region.of(contact.country)],
              [
                t('contacts.fields.preferredLanguage'),
                contact.preferredLanguage && language.of(contact.preferredLanguage),
              ],
              [t('contacts.fields.externalId'), contact.externalId],
              [t('contacts.createdAt'), dates.format(new Date(contact.createdAt))],
              [t('contacts.updatedAt'), dates.format(new Date(contact.updatedAt))],
            ]}
          />
        </section>
        <ConsentPanel workspaceId={workspaceId} contact={contact} name={name} canWrite={canWrite} />
        <AnalyticValuesPanel workspaceId={workspaceId} recordId={contact.id} records="CONTACT" canWrite={canWrite} />
        <TimelinePanel owner="contact" workspaceId={workspaceId} id={contact.id} />
        <EquipmentPanel
          workspaceId={workspaceId}
          owner={{ contactId: contact.id }}
          canWrite={canWrite}
          compact={narrow}
        />
        <PurchasesPanel workspaceId={workspaceId} owner={{ contactId: contact.id }} canWrite={canWrite} />
      </div>
      <ContactFormDialog
        opened={editing}
        workspaceId={workspaceId}
        contact={contact}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          setNotice({ kind: 'ok', text: t('contacts.saved', { name: displayName(saved) }) });
        }}
      />
      <DeleteConfirmDialog
        id="contact-delete-confirm"
        opened={deleting}
        title={t('contacts.deleteTitle')}
        text={t('contacts.deleteText', { name })}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(false)}
      />
    </section>
  );
}
