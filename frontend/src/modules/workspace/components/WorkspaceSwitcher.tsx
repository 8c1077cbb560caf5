import { Select } from '@vaadin/react-components/Select.js';
import { useTranslation } from 'react-i18next';
import { useWorkspaces } from '../hooks/useWorkspaces';

export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const { workspaces, current, select, loaded } = useWorkspaces();
  const items = [...workspaces]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((w) => ({ label: w.name, value: w.id }));
  return (
    <Select
      id="workspace-switcher"
      label={t('shell.workspace')}
      accessibleName={t('shell.workspace')}
      placeholder={t('shell.noWorkspace')}
      items={items}
      value={current?.id ?? ''}
      disabled={!loaded || items.length === 0}
      style={{ width: '100%' }}
      onValueChanged={(event) => {
        const id = event.detail.value;
        if (id && id !== current?.id) select(id);
      }}
    />
  );
}
