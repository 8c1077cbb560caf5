import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { CompaniesPage } from '../../modules/company/components/CompaniesPage';

export const config: ViewConfig = {
  title: 'companies.nav',
  menu: { order: 83 },
};

export default function CompaniesView() {
  return <CompaniesPage />;
}
