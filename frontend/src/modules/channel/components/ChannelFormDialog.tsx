import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextField, type TextFieldElement } from '@vaadin/react-components/TextField.js';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateChannelDocument, UpdateChannelDocument } from '../../../generated/graphql';
import { fieldErrors, generalErrorMessage, type FieldErrors } from '../../api/graphqlErrors';
import '../../segment/components/media-pages.css';
import { CHANNEL_TYPES, type Channel, type ChannelDraft } from '../types/Channel';
import { CHANNEL_NAME_MAX_LENGTH, CHANNEL_URL_MAX_LENGTH, channelDraftOf, toChannelInput, validateChannel } from '../validation';

type Props = Readonly<{
  opened: boolean;
  workspaceId: string;
  /** The channel to edit; absent when creating one. */
  channel?: Channel | null;
  onClose: () => void;
  onSaved: (channel: Channel) => void;
}>;

export function ChannelFormDialog({ opened, workspaceId, channel, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ChannelDraft>(channelDraftOf(null));
  const [touched, setTouched] = useState<Partial<Record<keyof ChannelDraft, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [generalError, setGeneralError] = useState<string>();
  const [createState, create] = useMutation(CreateChannelDocument);
  const [updateState, update] = useMutation(UpdateChannelDocument);
  const saving = createState.fetching || updateState.fetching;
  const nameField = useRef<TextFieldElement>(null);
  const submitting = useRef(false);

  useEffect(() => {
    if (!opened) return;
    setDraft(channelDraftOf(channel));
    setTouched({});
    setSubmitted(false);
    setServerErrors({});
    setGeneralError(undefined);
    const frame = requestAnimationFrame(() => nameField.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [opened, channel]);

  const clientErrors = validateChannel(draft);
  const errorOf = (field: keyof ChannelDraft): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const error = clientErrors[field];
    return error && (submitted || touched[field]) ? t(error.key, error.values) : undefined;
  };
  const change = <K extends keyof ChannelDraft>(field: K, value: ChannelDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field)));
  };
  const blur = (field: keyof ChannelDraft) => () => setTouched((s) => ({ ...s, [field]: true }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    const current = { ...draft, name: nameField.current?.value ?? draft.name };
    if (Object.keys(validateChannel(current)).length > 0 || saving || submitting.current) return;
    submitting.current = true;
    const input = toChannelInput(current);
    const result = await (channel ? update({ workspaceId, id: channel.id, input }) : create({ workspaceId, input })).finally(() => {
      submitting.current = false;
    });
    const saved = result.data && ('createChannel' in result.data ? result.data.createChannel : result.data.updateChannel);
    if (result.error || !saved) {
      const fields = fieldErrors(result.error);
      setServerErrors(fields);
      setGeneralError(generalErrorMessage(result.error, t, fields));
      return;
    }
    onSaved(saved);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing && (e.target as HTMLElement).localName !== 'vaadin-select') {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <Dialog
      opened={opened}
      headerTitle={channel ? t('channels.editTitle') : t('channels.createTitle')}
      onOpenedChanged={(e) => {
        if (!e.detail.value) onClose();
      }}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button id="channel-save" theme="primary" disabled={saving} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form className="entity-form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate>
        <TextField
          id="channel-name"
          label={t('channels.name')}
          value={draft.name}
          required
          maxlength={CHANNEL_NAME_MAX_LENGTH + 1}
          ref={nameField}
          invalid={Boolean(errorOf('name'))}
          errorMessage={errorOf('name')}
          onValueChanged={(e) => change('name', e.detail.value)}
          onBlur={blur('name')}
        />
        {/* Radio buttons rather than a Select: a Select inside a Vaadin Dialog does not open here (see the report). */}
        <RadioGroup
          id="channel-type"
          label={t('channels.type')}
          value={draft.type}
          theme="vertical"
          invalid={Boolean(serverErrors.type)}
          errorMessage={serverErrors.type}
          onValueChanged={(e) => {
            if (e.detail.value) change('type', e.detail.value as ChannelDraft['type']);
          }}
        >
          {CHANNEL_TYPES.map((value) => (
            <RadioButton key={value} value={value} label={t(`channels.types.${value}`)} />
          ))}
        </RadioGroup>
        <TextField
          id="channel-publisher"
          label={t('channels.publisher')}
          helperText={t('channels.publisherHelp')}
          value={draft.publisher}
          maxlength={CHANNEL_NAME_MAX_LENGTH + 1}
          invalid={Boolean(errorOf('publisher'))}
          errorMessage={errorOf('publisher')}
          onValueChanged={(e) => change('publisher', e.detail.value)}
          onBlur={blur('publisher')}
        />
        <TextField
          id="channel-url"
          label={t('channels.url')}
          placeholder="https://"
          value={draft.url}
          maxlength={CHANNEL_URL_MAX_LENGTH + 1}
          invalid={Boolean(errorOf('url'))}
          errorMessage={errorOf('url')}
          onValueChanged={(e) => change('url', e.detail.value)}
          onBlur={blur('url')}
        />
        {generalError && (
          <p role="alert" className="form-error">
            {generalError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
