import { ComboBox } from '@vaadin/react-components/ComboBox.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../ui/hooks/useDebounced';
import { useCompanyChoices } from '../hooks/useCompanyChoices';

type Choice = Readonly<{ id: string; name: string; region?: string }>;

type Props = Readonly<{
  id: string;
  workspaceId: string;
  /** The company chosen, or null for none. */
  value: Choice | null;
  invalid?: boolean;
  errorMessage?: string;
  onChange: (company: Choice | null) => void;
}>;

/** Picks a company by the start of its name, asking the server as the user types (a workspace may have thousands). */
export function CompanyPicker({ id, workspaceId, value, invalid, errorMessage, onChange }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const search = useDebounced(filter, 250);
  const { choices } = useCompanyChoices(workspaceId, search);
  const items = [...(value && !choices?.some((c) => c.id === value.id) ? [value] : []), ...(choices ?? [])].map(
    (c) => ({ id: c.id, name: c.name, label: c.region ? `${c.name} (${c.region})` : c.name }),
  );
  return (
    <ComboBox
      id={id}
      label={t('companies.picker')}
      helperText={t('companies.pickerHelp')}
      clearButtonVisible
      items={items}
      itemIdPath="id"
      itemValuePath="id"
      itemLabelPath="label"
      value={value?.id ?? ''}
      invalid={invalid}
      errorMessage={errorMessage}
      onFilterChanged={(e) => setFilter(e.detail.value)}
      onValueChanged={(e) => {
        const picked = items.find((item) => item.id === e.detail.value);
        if ((picked?.id ?? null) !== (value?.id ?? null))
          onChange(picked ? { id: picked.id, name: picked.name } : null);
      }}
    />
  );
}
