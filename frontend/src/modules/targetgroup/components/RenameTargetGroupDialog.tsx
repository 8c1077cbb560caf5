import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog, type RowDialogProps } from '../../ui/components/DraftFormDialog';
import { isInTextArea } from '../../ui/forms/formKeys';
import { draftErrors, longerThan, requiredWithin } from '../../ui/forms/validation';
import { outcomeOf, useDraftForm } from '../../ui/hooks/useDraftForm';
import { useUpdateTargetGroup } from '../hooks/useUpdateTargetGroup';
import type { TargetGroup } from '../types/RuleTree';

const NAME_MAX_LENGTH = 200;
const DESCRIPTION_MAX_LENGTH = 4000;

type Draft = { name: string; description: string };

function draftOf(group: TargetGroup | null | undefined): Draft {
  return { name: group?.name ?? '', description: group?.description ?? '' };
}

function validate(draft: Draft) {
  return draftErrors<keyof Draft>({
    name: requiredWithin(draft.name, NAME_MAX_LENGTH),
    description: longerThan(draft.description, DESCRIPTION_MAX_LENGTH),
  });
}

/** Renames a target group or changes its description; the rule stays (it changes in the builder, as a new version). */
export function RenameTargetGroupDialog({
  opened,
  workspaceId,
  group,
  onClose,
  onSaved,
}: RowDialogProps<TargetGroup> & Readonly<{ group: TargetGroup | null }>) {
  const { t } = useTranslation();
  const [state, update] = useUpdateTargetGroup();
  const save = useCallback(
    async (draft: Draft) =>
      outcomeOf(
        await update({
          workspaceId,
          id: group?.id ?? '',
          input: { name: draft.name.trim(), description: draft.description.trim() },
        }),
      ),
    [update, workspaceId, group?.id],
  );
  const { nameField, textProps, submit, generalError } = useDraftForm({
    opened,
    record: group,
    draftOf,
    validate,
    saving: state.fetching,
    save,
    onSaved,
  });
  return (
    <DraftFormDialog
      opened={opened}
      title={t('targetGroups.renameTitle')}
      saveId="tg-rename-save"
      saving={state.fetching}
      submit={submit}
      onClose={onClose}
      generalError={generalError}
      keepsEnter={isInTextArea}
    >
      <TextField
        id="tg-rename-name"
        label={t('targetGroups.name')}
        required
        maxlength={NAME_MAX_LENGTH + 1}
        ref={nameField}
        {...textProps('name')}
      />
      <TextArea
        id="tg-rename-description"
        label={t('targetGroups.description')}
        maxlength={DESCRIPTION_MAX_LENGTH + 1}
        {...textProps('description')}
      />
    </DraftFormDialog>
  );
}
