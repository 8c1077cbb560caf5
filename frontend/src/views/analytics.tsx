import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { AnalyticsPage } from '../modules/analytic/components/AnalyticsPage';

// The definitions behind the customer records' analytics: after contacts and companies.
export const config: ViewConfig = {
  title: 'analytics.nav',
  menu: { order: 86 },
};

export default function AnalyticsView() {
  return <AnalyticsPage />;
}
