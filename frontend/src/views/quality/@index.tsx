import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { QualityPage } from '../../modules/quality/components/QualityPage';

// Beside the target groups: both are about the customer base.
export const config: ViewConfig = {
  title: 'quality.nav',
  menu: { order: 84 },
};

export default function QualityView() {
  return <QualityPage />;
}
