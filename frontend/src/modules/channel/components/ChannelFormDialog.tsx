import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useTranslation } from 'react-i18next';
import { useCreateChannel } from '../hooks/useCreateChannel';
import { useUpdateChannel } from '../hooks/useUpdateChannel';
import { DraftFormDialog, type RowDialogProps } from '../../ui/components/DraftFormDialog';
import { useRowDraftForm } from '../../ui/hooks/useDraftForm';
import { CHANNEL_TYPES, type Channel, type ChannelDraft } from '../types/Channel';
import {
  CHANNEL_NAME_MAX_LENGTH,
  CHANNEL_URL_MAX_LENGTH,
  channelDraftOf,
  toChannelInput,
  validateChannel,
} from '../validation';

type Props = RowDialogProps<Channel> &
  Readonly<{
    /** The channel to edit; absent when creating one. */
    channel?: Channel | null;
  }>;

export function ChannelFormDialog({ opened, workspaceId, channel, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { draft, nameField, serverErrors, change, textProps, dialog } = useRowDraftForm({
    opened,
    workspaceId,
    record: channel,
    draftOf: channelDraftOf,
    validate: validateChannel,
    toInput: toChannelInput,
    create: useCreateChannel(),
    update: useUpdateChannel(),
    onSaved,
  });

  return (
    <DraftFormDialog
      {...dialog}
      title={channel ? t('channels.editTitle') : t('channels.createTitle')}
      saveId="channel-save"
      onClose={onClose}
      keepsEnter={(target) => target.localName === 'vaadin-select'}
    >
      <TextField
        id="channel-name"
        label={t('channels.name')}
        required
        maxlength={CHANNEL_NAME_MAX_LENGTH + 1}
        ref={nameField}
        {...textProps('name')}
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
        maxlength={CHANNEL_NAME_MAX_LENGTH + 1}
        {...textProps('publisher')}
      />
      <TextField
        id="channel-url"
        label={t('channels.url')}
        placeholder="https://"
        maxlength={CHANNEL_URL_MAX_LENGTH + 1}
        {...textProps('url')}
      />
    </DraftFormDialog>
  );
}
