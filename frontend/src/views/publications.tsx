import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { PublicationsPage } from '../modules/publication/components/PublicationsPage';

export const config: ViewConfig = {
  title: 'publications.nav',
  menu: { order: 20 },
};

export default function PublicationsView() {
  return <PublicationsPage />;
}
