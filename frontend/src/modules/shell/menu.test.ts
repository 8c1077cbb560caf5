import type { AgnosticRoute } from '@vaadin/hilla-file-router/types.js';
import { describe, expect, it } from 'vitest';
import { flattenFileRoutes } from './menu';

const Page = () => null;

describe('flattenFileRoutes', () => {
  it('lists views under a layout with absolute paths, ordered by menu order', () => {
    const routes: AgnosticRoute[] = [
      {
        path: '',
        component: Page,
        children: [
          { path: 'workspaces', component: Page, config: { title: 'nav.workspaces', menu: { order: 2 } } },
          { path: '', component: Page, config: { title: 'nav.home', menu: { order: 1 } } },
        ],
      },
    ];
    expect(flattenFileRoutes(routes)).toEqual([
      { to: '/', titleKey: 'nav.home', order: 1, icon: undefined },
      { to: '/workspaces', titleKey: 'nav.workspaces', order: 2, icon: undefined },
    ]);
  });

  it('leaves out excluded, parameterised and untitled views', () => {
    const routes: AgnosticRoute[] = [
      { path: 'secret', component: Page, config: { title: 'x', menu: { exclude: true } } },
      { path: 'workspaces/:id', component: Page, config: { title: 'nav.workspace' } },
      { path: '*', component: Page, config: { title: 'nav.notFound' } },
      { path: 'plain', component: Page },
    ];
    expect(flattenFileRoutes(routes)).toEqual([]);
  });

  it('nests folders and prefers the menu title; unordered entries go last', () => {
    const routes: AgnosticRoute[] = [
      {
        path: 'settings',
        children: [
          { path: 'profile', component: Page, config: { title: 'settings.profile', menu: { title: 'nav.profile' } } },
        ],
      },
      { path: 'about', component: Page, config: { title: 'nav.about', menu: { order: 9 } } },
    ];
    expect(flattenFileRoutes(routes).map((e) => [e.to, e.titleKey])).toEqual([
      ['/about', 'nav.about'],
      ['/settings/profile', 'nav.profile'],
    ]);
  });
});
