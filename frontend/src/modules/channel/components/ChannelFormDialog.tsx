import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useTranslation } from 'react-i18next';
import { useCreateChannel } from '../hooks/useCreateChannel';
import { useUpdateChannel } from '../hooks/useUpdateChannel';
import { DraftFormDialog, type RowDialogProps } from '../../ui/components/DraftFormDialog';
import { outcomeOf, useDraftForm } from '../../ui/hooks/useDraftForm';
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
  const [createState, create] = useCreateChannel();
  const [updateState, update] = useUpdateChannel();
  const saving = createState.fetching || updateState.fetching;
  const { draft, nameField, serverErrors, generalError, change, textProps, submit } = useDraftForm({
    opened,
    record: channel,
    draftOf: channelDraftOf,
    validate: validateChannel,
    saving,
    save: async (current) => {
      const input = toChannelInput(current);
      return outcomeOf(
        await (channel ? update({ workspaceId, id: channel.id, input }) : create({ workspaceId, input })),
      );
    },
    onSaved,
  });

  return (
    <DraftFormDialog
      opened={opened}
      title={channel ? t('channels.editTitle') : t('channels.createTitle')}
      saveId="channel-save"
      saving={saving}
      submit={submit}
      onClose={onClose}
      generalError={generalError}
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
