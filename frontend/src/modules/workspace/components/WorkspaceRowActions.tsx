import { Button } from '@vaadin/react-components/Button.js';
import { MenuBar, type MenuBarItem } from '@vaadin/react-components/MenuBar.js';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../types/Workspace';

export type WorkspaceAction = 'use' | 'members' | 'rename';

type Props = Readonly<{
  workspace: Workspace;
  isCurrent: boolean;
  canRename: boolean;
  /** On phones the three actions share one "⋯" menu so the row keeps its width. */
  compact: boolean;
  onAction: (action: WorkspaceAction, workspace: Workspace) => void;
}>;

type MenuData = { action?: WorkspaceAction };

export function WorkspaceRowActions({ workspace, isCurrent, canRename, compact, onAction }: Props) {
  const { t } = useTranslation();
  const name = workspace.name;

  if (compact) {
    const children: MenuBarItem<MenuData>[] = [
      { text: t('workspaces.use'), action: 'use', disabled: isCurrent },
      { text: t('workspaces.members'), action: 'members' },
      ...(canRename ? [{ text: t('workspaces.rename'), action: 'rename' } as MenuBarItem<MenuData>] : []),
    ];
    const items: MenuBarItem<MenuData>[] = [
      {
        // The menu button takes its accessible name from its content, so the label sits on the glyph.
        component: (
          <span role="img" aria-label={t('workspaces.actionsFor', { name })} className="row-menu__glyph">
            ⋯
          </span>
        ),
        children,
      },
    ];
    return (
      <MenuBar
        className="row-menu"
        theme="tertiary-inline"
        items={items}
        onItemSelected={(e) => {
          const action = (e.detail.value as MenuData).action;
          if (action) onAction(action, workspace);
        }}
      />
    );
  }

  return (
    <div className="row-actions">
      <Button
        theme="tertiary small"
        disabled={isCurrent}
        aria-label={t('workspaces.useLabel', { name })}
        onClick={() => onAction('use', workspace)}
      >
        {t('workspaces.use')}
      </Button>
      <Button theme="tertiary small" aria-label={t('workspaces.showMembers', { name })} onClick={() => onAction('members', workspace)}>
        {t('workspaces.members')}
      </Button>
      {canRename && (
        <Button theme="tertiary small" aria-label={t('workspaces.renameLabel', { name })} onClick={() => onAction('rename', workspace)}>
          {t('workspaces.rename')}
        </Button>
      )}
    </div>
  );
}
