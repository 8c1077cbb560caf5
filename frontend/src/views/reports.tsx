import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { ReportsPage } from '../modules/report/components/ReportsPage';

export const config: ViewConfig = {
  title: 'reports.nav',
  menu: { order: 20 },
};

export default function ReportsView() {
  return <ReportsPage />;
}
