import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { SuppliersPage } from '../../modules/supplier/components/SuppliersPage';

// The first campaign-side page: after the media field's pages and the import, before the settings.
export const config: ViewConfig = {
  title: 'suppliers.nav',
  menu: { order: 80 },
};

export default function SuppliersView() {
  return <SuppliersPage />;
}
