import { Select } from '@vaadin/react-components/Select.js';
import { useTranslation } from 'react-i18next';
import type { FieldMapping, ImportField } from '../fieldMapping';

type Props = Readonly<{
  fields: readonly ImportField[];
  columns: readonly string[];
  mapping: FieldMapping;
  problems: Readonly<Record<string, string>>;
  onChange: (mapping: FieldMapping) => void;
}>;

/** Which column of the file holds each field of a company, contact, equipment or purchase row. */
export function FieldMappingForm({ fields, columns, mapping, problems, onChange }: Props) {
  const { t } = useTranslation();
  const items = [{ label: t('dataimport.mapping.none'), value: '' }, ...columns.map((c) => ({ label: c, value: c }))];
  return (
    <div className="column-mapping">
      <div className="column-mapping__fields">
        {fields.map((field) => (
          <Select
            key={field.name}
            id={`map-${field.name}`}
            label={t(`dataimport.customerFields.${field.name}`, { defaultValue: field.name })}
            required={field.required}
            items={items}
            value={mapping[field.name] ?? ''}
            invalid={Boolean(problems[field.name])}
            errorMessage={problems[field.name] ? t(problems[field.name]) : undefined}
            onValueChanged={(e) => {
              if (e.detail.value !== (mapping[field.name] ?? ''))
                onChange({ ...mapping, [field.name]: e.detail.value });
            }}
          />
        ))}
      </div>
    </div>
  );
}
