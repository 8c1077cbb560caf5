import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import { datePickerI18n } from '../../publication/format';
import { ErrorState } from '../../ui/components/ErrorState';
import { ANALYTIC_LIMITS, editorValueOf, isNumberText, toValueInput } from '../analytic';
import { useAnalytics } from '../hooks/useAnalytics';
import { useAnalyticValues } from '../hooks/useAnalyticValues';
import { useClearAnalyticValue } from '../hooks/useClearAnalyticValue';
import { useSetAnalyticValue } from '../hooks/useSetAnalyticValue';
import type { Analytic, AnalyticAppliesTo, AnalyticValue } from '../types/Analytic';
import '../analytics.css';

/** "Not set": Vaadin's Select shows no label for an item whose value is empty. */
const NOT_SET = '__none';

type Props = Readonly<{ workspaceId: string; recordId: string; records: AnalyticAppliesTo; canWrite: boolean }>;

/**
 * A company's or contact's analytic values, each edited by its type: a choice for an enumeration and a yes/no, a
 * number, a date or text. A value is saved when the field is left (or Enter pressed); an empty field clears it.
 */
export function AnalyticValuesPanel({ workspaceId, recordId, records, canWrite }: Props) {
  const { t } = useTranslation();
  const { analytics, error, retry } = useAnalytics(workspaceId, records);
  const { values } = useAnalyticValues(workspaceId, recordId);
  const byAnalytic = new Map((values ?? []).map((value) => [value.analytic.id, value]));
  return (
    <section className="card analytic-values" aria-labelledby="analytic-values-title">
      <h3 id="analytic-values-title">{t('analytics.valuesTitle')}</h3>
      {error && !analytics ? (
        <ErrorState error={error} onRetry={retry} />
      ) : analytics && analytics.length === 0 ? (
        <p className="muted">{t('analytics.noneDefined')}</p>
      ) : (
        <div className="analytic-values__fields">
          {(analytics ?? []).map((analytic) => (
            <ValueEditor
              key={`${analytic.id}-${editorValueOf(byAnalytic.get(analytic.id), analytic.type)}`}
              workspaceId={workspaceId}
              recordId={recordId}
              analytic={analytic}
              value={byAnalytic.get(analytic.id)}
              readonly={!canWrite}
            />
          ))}
        </div>
      )}
    </section>
  );
}

type EditorProps = Readonly<{
  workspaceId: string;
  recordId: string;
  analytic: Analytic;
  value: AnalyticValue | undefined;
  readonly: boolean;
}>;

function ValueEditor({ workspaceId, recordId, analytic, value, readonly }: EditorProps) {
  const { t, i18n } = useTranslation();
  const stored = editorValueOf(value, analytic.type);
  const [text, setText] = useState(stored);
  const [problem, setProblem] = useState<string>();
  const [, setValue] = useSetAnalyticValue();
  const [, clearValue] = useClearAnalyticValue();
  const pickerI18n = useMemo(
    () => datePickerI18n(i18n.language, { today: t('analytics.today'), cancel: t('common.cancel') }),
    [i18n.language, t],
  );
  const id = `analytic-value-${analytic.id}`;
  // Stable items: new ones re-render an open Select's list and close it.
  const choices = useMemo(
    () => [
      { value: NOT_SET, label: t('analytics.notSet') },
      ...(analytic.type === 'BOOLEAN'
        ? [
            { value: 'true', label: t('analytics.yes') },
            { value: 'false', label: t('analytics.no') },
          ]
        : analytic.options.map((option) => ({ value: option, label: option }))),
    ],
    [analytic, t],
  );

  const save = async (next: string) => {
    setText(next);
    if (next.trim() === stored) return setProblem(undefined);
    if (analytic.type === 'NUMBER' && next.trim() !== '' && !isNumberText(next))
      return setProblem(t('analytics.validation.number'));
    const input = toValueInput(analytic.type, next);
    const variables = { workspaceId, analyticId: analytic.id, recordId };
    const { error } = input ? await setValue({ ...variables, value: input }) : await clearValue(variables);
    if (!error) return setProblem(undefined);
    const fields = fieldErrors(error, t);
    setProblem(Object.values(fields)[0] ?? generalErrorMessage(error, t, fields));
  };
  const common = {
    id,
    label: analytic.name,
    helperText: analytic.description || undefined,
    readonly,
    invalid: Boolean(problem),
    errorMessage: problem,
  };

  switch (analytic.type) {
    case 'ENUMERATION':
    case 'BOOLEAN':
      return (
        <Select
          {...common}
          value={text || NOT_SET}
          items={choices}
          onValueChanged={(e) => {
            const picked = e.detail.value === NOT_SET ? '' : e.detail.value;
            if (picked !== text) void save(picked);
          }}
        />
      );
    case 'DATE':
      return <DatePicker {...common} i18n={pickerI18n} value={text} onChange={(e) => void save(e.target.value)} />;
    case 'NUMBER':
      return <TextField {...common} inputMode="decimal" value={text} onChange={(e) => void save(e.target.value)} />;
    default:
      return (
        <TextField
          {...common}
          maxlength={ANALYTIC_LIMITS.text + 1}
          value={text}
          onChange={(e) => void save(e.target.value)}
        />
      );
  }
}
