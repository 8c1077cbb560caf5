import type { AgnosticRoute } from '@vaadin/hilla-file-router/types.js';
import { createContext } from 'react';

export type MenuEntry = Readonly<{
  /** Absolute in-app path, e.g. "/" or "/workspaces". */
  to: string;
  /** A translation key (views put keys, not text, in their ViewConfig). */
  titleKey: string;
  order?: number;
  icon?: string;
}>;

function join(parent: string, segment: string): string {
  const parts = [...parent.split('/'), ...segment.split('/')].filter(Boolean);
  return `/${parts.join('/')}`;
}

function isParameterised(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith(':') || segment === '*');
}

/**
 * The navigation entries, provided by App from the generated routes. A context rather than an import: the generated
 * routes import the layout, which renders AppShell, so AppShell importing them would close a cycle.
 */
export const MenuContext = createContext<readonly MenuEntry[]>([]);

/**
 * Flattens the file router's route tree into navigation entries: layouts contribute only their path
 * prefix, views with a path parameter or `menu.exclude` are left out, and entries are sorted by
 * `menu.order` (entries without one go last), then by path.
 */
export function flattenFileRoutes(routes: readonly AgnosticRoute[], parent = ''): MenuEntry[] {
  const entries: MenuEntry[] = [];
  const visit = (nodes: readonly AgnosticRoute[], prefix: string) => {
    for (const route of nodes) {
      const path = join(prefix, route.path);
      if (route.children && route.children.length > 0) {
        visit(route.children, path);
        continue;
      }
      const config = route.config ?? route.module?.config;
      if (!config || config.menu?.exclude || isParameterised(path)) continue;
      const titleKey = config.menu?.title ?? config.title;
      if (!titleKey) continue;
      entries.push({ to: path, titleKey, order: config.menu?.order, icon: config.menu?.icon });
    }
  };
  visit(routes, parent);
  return entries.sort(
    (a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.to.localeCompare(b.to),
  );
}
