import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { ContactsPage } from '../../modules/contact/components/ContactsPage';

// The customer base after the campaign side's suppliers: the people, then their companies.
export const config: ViewConfig = {
  title: 'contacts.nav',
  menu: { order: 82 },
};

export default function ContactsView() {
  return <ContactsPage />;
}
