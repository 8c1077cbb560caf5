import { TextField, type TextFieldElement } from '@vaadin/react-components/TextField.js';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import { FormDialog } from '../../ui/components/FormDialog';
import { outcomeOf } from '../../ui/hooks/useDraftForm';
import { FormError } from '../../ui/components/FormError';
import { saveOnEnter } from '../../ui/forms/formKeys';
import type { Workspace } from '../types/Workspace';
import { validateWorkspaceName, WORKSPACE_NAME_MAX_LENGTH } from '../validation';
import { useCreateWorkspace } from '../hooks/useCreateWorkspace';
import { useRenameWorkspace } from '../hooks/useRenameWorkspace';

type Props = Readonly<{
  opened: boolean;
  /** The workspace to rename; absent when creating a new one. */
  workspace?: Workspace | null;
  onClose: () => void;
  onSaved: (workspace: Workspace) => void;
}>;

export function WorkspaceFormDialog({ opened, workspace, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverFieldError, setServerFieldError] = useState<string>();
  const [generalError, setGeneralError] = useState<string>();
  const [createState, createWorkspace] = useCreateWorkspace();
  const [renameState, renameWorkspace] = useRenameWorkspace();
  const saving = createState.fetching || renameState.fetching;
  const nameField = useRef<TextFieldElement>(null);
  // Enter can arrive twice (key handler and the form's implicit submission) before `saving` re-renders.
  const submitting = useRef(false);

  useEffect(() => {
    if (!opened) return;
    setName(workspace?.name ?? '');
    setTouched(false);
    setServerFieldError(undefined);
    setGeneralError(undefined);
    // The dialog renders its content after opening; focus the name once it is there.
    const frame = requestAnimationFrame(() => nameField.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [opened, workspace]);

  const clientError = validateWorkspaceName(name);
  const nameError = serverFieldError ?? (touched && clientError ? t(clientError.key, clientError.values) : undefined);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    // Read the field itself: an Enter typed right after the last character can arrive before React has
    // rendered the state update of that character, and would otherwise save a shortened name.
    const value = nameField.current?.value ?? name;
    if (value !== name) setName(value);
    if (validateWorkspaceName(value) || saving || submitting.current) return;
    submitting.current = true;
    const trimmed = value.trim();
    const { saved, error } = outcomeOf(
      await (
        workspace ? renameWorkspace({ id: workspace.id, name: trimmed }) : createWorkspace({ name: trimmed })
      ).finally(() => {
        submitting.current = false;
      }),
    );
    if (error || !saved) {
      const fields = fieldErrors(error, t);
      setServerFieldError(fields.name);
      setGeneralError(generalErrorMessage(error, t, fields));
      return;
    }
    onSaved(saved);
  };

  const title = workspace ? t('workspaces.renameTitle') : t('workspaces.createTitle');
  return (
    <FormDialog
      opened={opened}
      title={title}
      saveId="workspace-save"
      saving={saving}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <form onSubmit={(e) => void submit(e)} style={{ width: 'min(24rem, 80vw)' }} noValidate>
        <TextField
          id="workspace-name"
          label={t('workspaces.name')}
          value={name}
          required
          maxlength={WORKSPACE_NAME_MAX_LENGTH + 1}
          ref={nameField}
          autofocus
          invalid={Boolean(nameError)}
          errorMessage={nameError}
          style={{ width: '100%' }}
          onValueChanged={(e) => {
            setName(e.detail.value);
            setServerFieldError(undefined);
          }}
          onBlur={() => setTouched(true)}
          // Handled here so the form's implicit submission does not send it a second time.
          onKeyDown={saveOnEnter(() => void submit())}
        />
        <FormError message={generalError} />
      </form>
    </FormDialog>
  );
}
