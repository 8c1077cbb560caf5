import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog, type RowDialogProps } from '../../ui/components/DraftFormDialog';
import { isInTextArea } from '../../ui/forms/formKeys';
import { useRowDraftForm } from '../../ui/hooks/useDraftForm';
import { useCreateSegment } from '../hooks/useCreateSegment';
import { useUpdateSegment } from '../hooks/useUpdateSegment';
import { IMMERSIONS, type Segment, type SegmentDraft } from '../types/Segment';
import {
  draftOf,
  SEGMENT_NAME_MAX_LENGTH,
  SEGMENT_TEXT_MAX_LENGTH,
  toSegmentInput,
  validateSegment,
} from '../validation';

type Props = RowDialogProps<Segment> &
  Readonly<{
    /** The segment to edit; absent when creating one. */
    segment?: Segment | null;
  }>;

export function SegmentFormDialog({ opened, workspaceId, segment, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { draft, nameField, serverErrors, change, textProps, dialog } = useRowDraftForm({
    opened,
    workspaceId,
    record: segment,
    draftOf,
    validate: validateSegment,
    toInput: toSegmentInput,
    create: useCreateSegment(),
    update: useUpdateSegment(),
    onSaved,
  });

  return (
    <DraftFormDialog
      {...dialog}
      title={segment ? t('segments.editTitle') : t('segments.createTitle')}
      saveId="segment-save"
      onClose={onClose}
      keepsEnter={isInTextArea}
    >
      <TextField
        id="segment-name"
        label={t('segments.name')}
        required
        maxlength={SEGMENT_NAME_MAX_LENGTH + 1}
        ref={nameField}
        {...textProps('name')}
      />
      {/* Radio buttons rather than a Select: a Select inside a Vaadin Dialog does not open here (see the report). */}
      <RadioGroup
        id="segment-immersion"
        label={t('segments.immersion')}
        value={draft.immersion}
        invalid={Boolean(serverErrors.immersion)}
        errorMessage={serverErrors.immersion}
        onValueChanged={(e) => {
          if (e.detail.value) change('immersion', e.detail.value as SegmentDraft['immersion']);
        }}
      >
        {IMMERSIONS.map((value) => (
          <RadioButton key={value} value={value} label={t(`segments.immersions.${value}`)} />
        ))}
      </RadioGroup>
      <TextField
        id="segment-reaction-weight"
        label={t('segments.reactionWeight')}
        helperText={t('segments.reactionWeightHelp')}
        required
        allowedCharPattern="[0-9.,]"
        {...textProps('reactionWeight')}
      />
      <TextArea
        id="segment-profile"
        label={t('segments.profile')}
        helperText={t('segments.profileHelp')}
        maxlength={SEGMENT_TEXT_MAX_LENGTH + 1}
        {...textProps('profile')}
      />
      <TextArea
        id="segment-significance"
        label={t('segments.significance')}
        helperText={t('segments.significanceHelp')}
        maxlength={SEGMENT_TEXT_MAX_LENGTH + 1}
        {...textProps('significance')}
      />
    </DraftFormDialog>
  );
}
