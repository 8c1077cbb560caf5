import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { AppShell } from '../modules/shell/components/AppShell';
import { LoadingState } from '../modules/ui/components/LoadingState';

// Layouts have no menu entry of their own; their views do.
export const config: ViewConfig = { menu: { exclude: true } };

export default function MainLayout() {
  return (
    <AppShell>
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
