import { Link } from 'react-router';
import { displayName, type Contact } from '../types/Contact';
import { ContactFlags } from './ContactFlags';
import '../../ui/pages.css';

function ContactMeta({ contact }: Readonly<{ contact: Contact }>) {
  return (
    <>
      {(contact.position || contact.company) && (
        <span className="entity-cell__meta">
          {[contact.position, contact.company?.name].filter(Boolean).join(' · ')}
        </span>
      )}
      {contact.email && <span className="entity-cell__meta">{contact.email}</span>}
      <ContactFlags contact={contact} />
    </>
  );
}

/**
 * A grid's contact cell: their name, a link to their card; with `withMeta` (a row stacked on a narrow page, or a list
 * of one column) also position, company, e-mail and roles under it.
 */
export function ContactNameCell({ contact, withMeta }: Readonly<{ contact: Contact; withMeta: boolean }>) {
  return (
    <span className="entity-cell">
      <Link className="entity-cell__name" to={`/contacts/${contact.id}`}>
        {displayName(contact)}
      </Link>
      {withMeta && <ContactMeta contact={contact} />}
    </span>
  );
}
