import { AppLayout } from '@vaadin/react-components/AppLayout.js';
import { DrawerToggle } from '@vaadin/react-components/DrawerToggle.js';
import { SideNav } from '@vaadin/react-components/SideNav.js';
import { SideNavItem } from '@vaadin/react-components/SideNavItem.js';
import { useViewConfig } from '@vaadin/hilla-file-router/runtime.js';
import { use, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { NavbarUnread } from '../../alert/components/NavbarUnread';
import { UnreadBadge } from '../../alert/components/UnreadBadge';
import { LanguageSwitch } from '../../i18n/components/LanguageSwitch';
import { WorkspaceSwitcher } from '../../workspace/components/WorkspaceSwitcher';
import { MenuContext } from '../menu';
import { UserMenu } from './UserMenu';

/** Stable ids for navigation entries ("/" → "nav-home", "/workspaces" → "nav-workspaces"), for tests and skip links. */
export function navItemId(path: string): string {
  const slug = path.split('/').filter(Boolean).join('-');
  return `nav-${slug || 'home'}`;
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const viewConfig = useViewConfig();
  const menu = use(MenuContext);
  const layoutRef = useRef<HTMLElement & { overlay?: boolean; drawerOpened?: boolean }>(null);

  const titleKey = viewConfig?.title ?? 'app.name';
  useEffect(() => {
    document.title = `${t(titleKey)} · ${t('app.name')}`;
  }, [t, titleKey]);

  // On phones the drawer is an overlay: close it once the user has picked a page.
  useEffect(() => {
    const layout = layoutRef.current;
    if (layout?.overlay) layout.drawerOpened = false;
  }, [location.pathname]);

  return (
    <AppLayout ref={layoutRef as never} primarySection="navbar">
      <DrawerToggle slot="navbar" id="drawer-toggle" aria-label={t('shell.toggleMenu')} />
      <h1 slot="navbar" className="navbar__title">
        {t(titleKey)}
      </h1>
      <NavbarUnread slot="navbar" />
      <div slot="navbar" className="navbar__end">
        <UserMenu />
      </div>

      <div slot="drawer" className="drawer">
        <div className="drawer__brand">{t('app.name')}</div>
        <SideNav
          id="main-nav"
          aria-label={t('nav.main')}
          onNavigate={({ path }) => {
            if (path) navigate(path);
            return false;
          }}
          location={location}
        >
          {menu.map((entry) => (
            <SideNavItem key={entry.to} id={navItemId(entry.to)} path={entry.to}>
              {t(entry.titleKey)}
              {entry.to === '/alerts' && <UnreadBadge slot="suffix" />}
            </SideNavItem>
          ))}
        </SideNav>
        <div className="drawer__footer">
          <WorkspaceSwitcher />
          <LanguageSwitch />
        </div>
      </div>

      <main className="content">{children}</main>
    </AppLayout>
  );
}
