import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { useTranslation } from 'react-i18next';
import { PUBLICATION_FIELDS, REQUIRED_FIELDS, type ColumnMapping, type MappingProblem } from '../columnMapping';

type Props = Readonly<{
  columns: readonly string[];
  mapping: ColumnMapping;
  problems: readonly MappingProblem[];
  onChange: (mapping: ColumnMapping) => void;
}>;

/** Which column of the file holds each field of a publication, and the per-segment assessment groups. */
export function ColumnMappingForm({ columns, mapping, problems, onChange }: Props) {
  const { t } = useTranslation();
  const items = [{ label: t('dataimport.mapping.none'), value: '' }, ...columns.map((c) => ({ label: c, value: c }))];
  const problemOf = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(problem.key) : undefined;
  };
  const setGroup = (index: number, part: 'segment' | 'impact' | 'sentiment', value: string) =>
    onChange({
      ...mapping,
      assessments: mapping.assessments.map((g, i) => (i === index ? { ...g, [part]: value } : g)),
    });

  return (
    <div className="column-mapping">
      <div className="column-mapping__fields">
        {PUBLICATION_FIELDS.map((field) => (
          <Select
            key={field}
            id={`map-${field}`}
            label={t(`dataimport.fields.${field}`)}
            required={REQUIRED_FIELDS.includes(field)}
            items={items}
            value={mapping.fields[field]}
            invalid={Boolean(problemOf(field))}
            errorMessage={problemOf(field)}
            onValueChanged={(e) => {
              if (e.detail.value !== mapping.fields[field])
                onChange({ ...mapping, fields: { ...mapping.fields, [field]: e.detail.value } });
            }}
          />
        ))}
      </div>
      <h4>{t('dataimport.mapping.assessments')}</h4>
      {mapping.assessments.length === 0 && <p className="muted">{t('dataimport.mapping.noAssessments')}</p>}
      {mapping.assessments.map((group, index) => (
        <div
          className="column-mapping__group"
          key={index}
          role="group"
          aria-label={t('dataimport.mapping.group', { number: index + 1 })}
        >
          {(['segment', 'impact', 'sentiment'] as const).map((part) => (
            <Select
              key={part}
              id={`map-assessment-${index}-${part}`}
              label={t(`dataimport.mapping.${part}`)}
              required={part !== 'impact'}
              items={items}
              value={group[part]}
              invalid={Boolean(problemOf(`assessments.${index}.${part}`))}
              errorMessage={problemOf(`assessments.${index}.${part}`)}
              onValueChanged={(e) => {
                if (e.detail.value !== group[part]) setGroup(index, part, e.detail.value);
              }}
            />
          ))}
          <Button
            theme="tertiary error"
            aria-label={t('dataimport.mapping.removeGroup', { number: index + 1 })}
            onClick={() => onChange({ ...mapping, assessments: mapping.assessments.filter((_, i) => i !== index) })}
          >
            {t('dataimport.mapping.remove')}
          </Button>
        </div>
      ))}
      <Button
        theme="tertiary"
        onClick={() =>
          onChange({ ...mapping, assessments: [...mapping.assessments, { segment: '', impact: '', sentiment: '' }] })
        }
      >
        {t('dataimport.mapping.addGroup')}
      </Button>
    </div>
  );
}
