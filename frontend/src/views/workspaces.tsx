import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { WorkspacesPage } from '../modules/workspace/components/WorkspacesPage';

export const config: ViewConfig = {
  title: 'nav.workspaces',
  menu: { order: 10 },
};

export default function WorkspacesView() {
  return <WorkspacesPage />;
}
