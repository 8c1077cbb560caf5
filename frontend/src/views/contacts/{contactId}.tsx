import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { useParams } from 'react-router';
import { ContactCard } from '../../modules/contact/components/ContactCard';

export const config: ViewConfig = {
  title: 'contacts.cardTitle',
};

export default function ContactCardView() {
  const { contactId = '' } = useParams();
  return <ContactCard key={contactId} contactId={contactId} />;
}
