import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AnalyticValuesPanel } from '../../analytic/components/AnalyticValuesPanel';
import { ConsentPanel } from '../../consent/components/ConsentPanel';
import { EquipmentPanel } from '../../equipment/components/EquipmentPanel';
import { PurchasesPanel } from '../../purchase/components/PurchasesPanel';
import { RecordCard } from '../../record/components/RecordCard';
import { TimelinePanel } from '../../timeline/components/TimelinePanel';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useContact } from '../hooks/useContact';
import { useDeleteContact } from '../hooks/useDeleteContact';
import type { ContactQuery } from '../../../generated/graphql';
import { displayName, type Contact } from '../types/Contact';
import { ContactFlags } from './ContactFlags';
import { ContactFormDialog } from './ContactFormDialog';

/** The contact as their card reads them: with their consent and its history. */
type CardContact = ContactQuery['contact'];

function telHref(phone: string): string {
  // A tel: URI keeps the digits and the leading +; spaces and brackets are only for reading.
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** A contact's card: their facts and company, consent with its history, analytics, timeline, equipment, purchases. */
export function ContactCard({ contactId }: Readonly<{ contactId: string }>) {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const { contact, ...found } = useContact(current?.id ?? null, contactId);
  const [, deleteContact] = useDeleteContact();

  const details = (c: Contact) => {
    const region = new Intl.DisplayNames([i18n.language], { type: 'region' });
    const language = new Intl.DisplayNames([i18n.language], { type: 'language' });
    const address = [c.addressLine, [c.postalCode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    return [
      [t('contacts.fields.company'), c.company && <Link to={`/companies/${c.company.id}`}>{c.company.name}</Link>],
      [t('contacts.fields.position'), c.position],
      [t('contacts.role'), (c.keyStaff || c.management) && <ContactFlags contact={c} />],
      [t('contacts.fields.email'), c.email && <a href={`mailto:${c.email}`}>{c.email}</a>],
      [t('contacts.fields.phone'), c.phone && <a href={telHref(c.phone)}>{c.phone}</a>],
      [t('contacts.address'), address],
      [t('contacts.fields.country'), c.country && region.of(c.country)],
      [t('contacts.fields.preferredLanguage'), c.preferredLanguage && language.of(c.preferredLanguage)],
      [t('contacts.fields.externalId'), c.externalId],
    ] as const;
  };

  return (
    <RecordCard<CardContact>
      words="contacts"
      idPrefix="contact"
      listPath="/contacts"
      found={{ ...found, record: contact }}
      nameOf={displayName}
      details={details}
      sections={(c, { workspaceId, canWrite, narrow }) => (
        <>
          <ConsentPanel workspaceId={workspaceId} contact={c} name={displayName(c)} canWrite={canWrite} />
          <AnalyticValuesPanel workspaceId={workspaceId} recordId={c.id} records="CONTACT" canWrite={canWrite} />
          <TimelinePanel owner="contact" workspaceId={workspaceId} id={c.id} />
          <EquipmentPanel workspaceId={workspaceId} owner={{ contactId: c.id }} canWrite={canWrite} compact={narrow} />
          <PurchasesPanel workspaceId={workspaceId} owner={{ contactId: c.id }} canWrite={canWrite} />
        </>
      )}
      remove={(w, c) => deleteContact({ workspaceId: w, id: c.id })}
      // The dialog answers the contact's fields; the card's copy keeps its consent until the query refetches.
      form={(dialog, c) => (
        <ContactFormDialog {...dialog} contact={c} onSaved={(saved) => dialog.onSaved({ ...c, ...saved })} />
      )}
    />
  );
}
