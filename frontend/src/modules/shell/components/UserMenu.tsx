import { Avatar } from '@vaadin/react-components/Avatar.js';
import { MenuBar, type MenuBarItem } from '@vaadin/react-components/MenuBar.js';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/hooks/useAuth';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

type Action = { action?: 'logout' };

export function UserMenu() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const { username, roles } = useCurrentUser();
  const items: MenuBarItem<Action>[] = [
    {
      component: (
        <div className="user-menu__trigger">
          <Avatar name={username} abbr={username.slice(0, 2).toUpperCase()} aria-hidden="true" />
          <span className="user-menu__name">{username}</span>
        </div>
      ),
      'aria-label': t('shell.userMenu', { username }),
      children: [
        { text: username, disabled: true },
        { text: roles.length > 0 ? t('shell.roles', { roles: roles.join(', ') }) : t('shell.noRoles'), disabled: true },
        { component: 'hr' },
        { text: t('shell.logout'), action: 'logout' },
      ],
    } as MenuBarItem<Action>,
  ];
  return (
    <MenuBar
      id="user-menu"
      theme="tertiary-inline"
      items={items}
      onItemSelected={(e) => {
        if ((e.detail.value as Action).action === 'logout') logout();
      }}
    />
  );
}
