import { useTranslation } from 'react-i18next';
import type { Contact } from '../types/Contact';
import '../contacts.css';

/** Badges for key staff and management; nothing for a contact who is neither. */
export function ContactFlags({ contact }: Readonly<{ contact: Contact }>) {
  const { t } = useTranslation();
  if (!contact.keyStaff && !contact.management) return null;
  return (
    <span className="contact-flags">
      {contact.keyStaff && <span className="badge">{t('contacts.fields.keyStaff')}</span>}
      {contact.management && <span className="badge">{t('contacts.fields.management')}</span>}
    </span>
  );
}
