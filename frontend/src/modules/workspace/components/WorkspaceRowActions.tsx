import { useTranslation } from 'react-i18next';
import { RowActions, type RowActionItem } from '../../ui/components/RowActions';
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

export function WorkspaceRowActions({ workspace, isCurrent, canRename, compact, onAction }: Props) {
  const { t } = useTranslation();
  const name = workspace.name;
  const actions: RowActionItem<WorkspaceAction>[] = [
    { action: 'use', text: t('workspaces.use'), label: t('workspaces.useLabel', { name }), disabled: isCurrent },
    { action: 'members', text: t('workspaces.members'), label: t('workspaces.showMembers', { name }) },
    ...(canRename
      ? [{ action: 'rename', text: t('workspaces.rename'), label: t('workspaces.renameLabel', { name }) } as const]
      : []),
  ];
  return (
    <RowActions
      actions={actions}
      menuLabel={t('workspaces.actionsFor', { name })}
      compact={compact}
      onAction={(action) => onAction(action, workspace)}
    />
  );
}
