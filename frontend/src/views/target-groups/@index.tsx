import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { TargetGroupsPage } from '../../modules/targetgroup/components/TargetGroupsPage';

// The campaign side: after the suppliers, before the settings.
export const config: ViewConfig = {
  title: 'targetGroups.nav',
  menu: { order: 82 },
};

export default function TargetGroupsView() {
  return <TargetGroupsPage />;
}
