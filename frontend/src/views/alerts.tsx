import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { AlertsPage } from '../modules/alert/components/AlertsPage';

export const config: ViewConfig = {
  title: 'alerts.nav',
  menu: { order: 1 },
};

export default function AlertsView() {
  return <AlertsPage />;
}
