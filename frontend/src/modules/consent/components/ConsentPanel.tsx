import { Button } from '@vaadin/react-components/Button.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog } from '../../ui/components/DraftFormDialog';
import { outcomeOf, useDraftForm } from '../../ui/hooks/useDraftForm';
import { useSetConsent } from '../hooks/useSetConsent';
import { CONSENT_STATES, type Consent, type ConsentChannel, type ContactConsents } from '../types/Consent';
import { CONSENT_SOURCE_MAX_LENGTH, validateConsent, type ConsentDraft } from '../validation';
import '../consent.css';

type Props = Readonly<{
  workspaceId: string;
  contact: ContactConsents;
  /** The contact's name, for the dialog's title and the buttons' accessible names. */
  name: string;
  canWrite: boolean;
}>;

function useDateTimes() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}

/** A contact's consent on each channel as it stands, its history, and (for analysts) a change with its source. */
export function ConsentPanel({ workspaceId, contact, name, canWrite }: Props) {
  const { t } = useTranslation();
  const when = useDateTimes();
  const [changing, setChanging] = useState<Consent | null>(null);

  return (
    <section className="card consent" aria-labelledby="consent-title">
      <h3 id="consent-title">{t('consent.title')}</h3>
      <ul className="consent__channels">
        {contact.consents.map((consent) => (
          <li key={consent.channel} className="consent__channel" id={`consent-${consent.channel.toLowerCase()}`}>
            <span className="consent__name">{t(`consent.channel.${consent.channel}`)}</span>
            <span className={`badge consent-state consent-state--${consent.state.toLowerCase()}`}>
              {t(`consent.state.${consent.state}`)}
            </span>
            <span className="consent__source muted">
              {consent.changedAt && t('consent.since', { when: when(consent.changedAt), source: consent.source })}
            </span>
            {canWrite && (
              <Button
                theme="tertiary small"
                aria-label={t('consent.changeLabel', { channel: t(`consent.channel.${consent.channel}`), name })}
                onClick={() => setChanging(consent)}
              >
                {t('consent.change')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <h4 id="consent-history-title">{t('consent.history')}</h4>
      {contact.consentHistory.length === 0 ? (
        <p className="muted" id="consent-history-empty">
          {t('consent.noHistory')}
        </p>
      ) : (
        <ol className="consent__history" id="consent-history" aria-labelledby="consent-history-title">
          {contact.consentHistory.map((change) => (
            <li key={`${change.changedAt}-${change.channel}`}>
              <time dateTime={change.changedAt}>{when(change.changedAt)}</time>{' '}
              <span>
                {t('consent.historyLine', {
                  channel: t(`consent.channel.${change.channel}`),
                  state: t(`consent.state.${change.state}`),
                  source: change.source,
                  who: change.changedBy,
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
      <ConsentDialog
        workspaceId={workspaceId}
        contactId={contact.id}
        name={name}
        consent={changing}
        onClose={() => setChanging(null)}
      />
    </section>
  );
}

type DialogProps = Readonly<{
  workspaceId: string;
  contactId: string;
  name: string;
  consent: Consent | null;
  onClose: () => void;
}>;

/** A change offers the opposite of a given consent, else granting it; the source is always typed afresh. */
function consentDraftOf(current: Consent | null | undefined): ConsentDraft {
  return { state: current?.state === 'GRANTED' ? 'WITHDRAWN' : 'GRANTED', source: '' };
}

function ConsentDialog({ workspaceId, contactId, name, consent, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [state, setConsent] = useSetConsent();
  const channel: ConsentChannel = consent?.channel ?? 'EMAIL';
  const form = useDraftForm({
    opened: consent !== null,
    record: consent,
    draftOf: consentDraftOf,
    validate: validateConsent,
    saving: state.fetching,
    firstField: 'source',
    save: async (draft) =>
      outcomeOf(await setConsent({ workspaceId, contactId, channel, state: draft.state, source: draft.source.trim() })),
    onSaved: onClose,
  });
  return (
    <DraftFormDialog
      opened={consent !== null}
      title={t('consent.changeTitle', { channel: t(`consent.channel.${channel}`), name })}
      saveId="consent-save"
      saving={state.fetching}
      submit={form.submit}
      generalError={form.generalError}
      onClose={onClose}
    >
      <RadioGroup
        id="consent-state"
        label={t('consent.newState')}
        value={form.draft.state}
        onValueChanged={(e) => e.detail.value && form.change('state', e.detail.value as ConsentDraft['state'])}
      >
        {CONSENT_STATES.map((s) => (
          <RadioButton key={s} value={s} label={t(`consent.state.${s}`)} />
        ))}
      </RadioGroup>
      <TextField
        id="consent-source"
        label={t('consent.source')}
        helperText={t('consent.sourceHelp')}
        required
        maxlength={CONSENT_SOURCE_MAX_LENGTH + 1}
        ref={form.nameField}
        {...form.textProps('source')}
      />
    </DraftFormDialog>
  );
}
