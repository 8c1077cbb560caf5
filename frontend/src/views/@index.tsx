import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { lazy } from 'react';
import { HomePage } from '../modules/shell/components/HomePage';
import { useWorkspaces } from '../modules/workspace/hooks/useWorkspaces';

// The dashboard (heatmap, drill-down, feeds) loads as its own chunk, not with the app shell.
const DashboardPage = lazy(() =>
  import('../modules/balance/components/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);

export const config: ViewConfig = {
  title: 'balance.nav',
  menu: { order: 0 },
};

/** Home: the media balance dashboard of the current workspace; without one, the welcome and empty states. */
export default function HomeView() {
  const { current } = useWorkspaces();
  return current ? <DashboardPage workspace={current} /> : <HomePage />;
}
