import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { Notification } from '@vaadin/react-components/Notification.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { MAX_WINDOW_DAYS, MIN_WINDOW_DAYS, validateSettings, type SettingsDraft } from '../settingsValidation';
import '../balance.css';
import { useBalanceSettings } from '../hooks/useBalanceSettings';
import { useUpdateBalanceSettings } from '../hooks/useUpdateBalanceSettings';

const FIELDS = ['immediateGap', 'moderateGap', 'secondaryGap', 'alertWindowDays'] as const;

/** The urgency thresholds on the gap and the alert window (analysts and admins change them). */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { data, error, fetching, retry } = useBalanceSettings(current?.id ?? null);
  const [saveState, save] = useUpdateBalanceSettings();
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [autoResolve, setAutoResolve] = useState(true);
  const [touched, setTouched] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string>();

  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4, useGrouping: false });
  const settings = data?.balanceSettings;
  useEffect(() => {
    if (settings) {
      setDraft({
        immediateGap: number.format(settings.immediateGap),
        moderateGap: number.format(settings.moderateGap),
        secondaryGap: number.format(settings.secondaryGap),
        alertWindowDays: String(settings.alertWindowDays),
      });
      setAutoResolve(settings.autoResolveRecovered);
      setTouched(false);
    }
    // Only a new answer resets the form, not a language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);

  if (!current) return <p className="empty">{t('balance.settings.noWorkspace')}</p>;
  if (error && !data) return <ErrorState error={error} onRetry={retry} />;
  if ((fetching && !data) || !draft) return <LoadingState />;

  const { values, problems } = validateSettings(draft);
  const message = (field: (typeof FIELDS)[number]) => {
    const problem = problems[field];
    if (serverProblems[field]) return serverProblems[field];
    if (!touched || !problem) return undefined;
    return t(`balance.settings.problems.${problem}`, { min: MIN_WINDOW_DAYS, max: MAX_WINDOW_DAYS });
  };

  const submit = async () => {
    setTouched(true);
    setSaveError(undefined);
    setServerProblems({});
    if (!values) return;
    const result = await save({ workspaceId, ...values, autoResolveRecovered: autoResolve });
    if (result.data) {
      Notification.show(t('balance.settings.saved'), { position: 'bottom-end', duration: 3000, theme: 'success' });
      return;
    }
    const byField = fieldErrors(result.error ?? null, t);
    setServerProblems({ ...byField });
    setSaveError(generalErrorMessage(result.error ?? null, t, byField));
  };

  return (
    <section className="page settings-page">
      <header className="page__header">
        <h2>{t('balance.settings.title')}</h2>
      </header>
      <p className="muted">{t('balance.settings.intro')}</p>
      {!canWrite && (
        <p className="card" id="settings-read-only">
          {t('balance.settings.readOnly')}
        </p>
      )}
      <form
        className="settings-form card"
        id="settings-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {FIELDS.map((field) => (
          <TextField
            key={field}
            id={`settings-${field}`}
            label={t(`balance.settings.fields.${field}`)}
            helperText={t(`balance.settings.help.${field}`)}
            value={draft[field]}
            readonly={!canWrite}
            required
            allowedCharPattern={field === 'alertWindowDays' ? '[0-9]' : '[0-9.,]'}
            invalid={Boolean(message(field))}
            errorMessage={message(field)}
            onValueChanged={(e) => {
              const value = e.detail.value;
              setDraft((d) => (d && d[field] !== value ? { ...d, [field]: value } : d));
              setServerProblems((p) => (p[field] ? { ...p, [field]: '' } : p));
            }}
            onKeyDown={(e) => e.key === 'Enter' && canWrite && void submit()}
          />
        ))}
        <Checkbox
          id="settings-autoResolveRecovered"
          label={t('balance.settings.fields.autoResolveRecovered')}
          helperText={t('balance.settings.help.autoResolveRecovered')}
          checked={autoResolve}
          readonly={!canWrite}
          onCheckedChanged={(e) => canWrite && setAutoResolve(e.detail.value)}
        />
        {saveError && (
          <p role="alert" className="form-error">
            {saveError}
          </p>
        )}
        {canWrite && (
          <div className="settings-form__actions">
            <Button id="settings-save" theme="primary" disabled={saveState.fetching} onClick={() => void submit()}>
              {t('balance.settings.save')}
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}
