import type { FormEvent, ReactNode } from 'react';
import { saveOnEnter } from '../forms/formKeys';
import { FormDialog } from './FormDialog';
import { FormError } from './FormError';
import '../pages.css';

/** What a list page hands the form dialog of its rows. */
export type RowDialogProps<T> = Readonly<{
  opened: boolean;
  workspaceId: string;
  onClose: () => void;
  onSaved: (row: T) => void;
}>;

type Props = Readonly<{
  opened: boolean;
  title: string;
  /** The Save button's id, which the browser tests click. */
  saveId: string;
  saving: boolean;
  /** `useDraftForm`'s submit: Save, Enter and the form's own submission all go through it. */
  submit: (event?: FormEvent) => Promise<void>;
  onClose: () => void;
  /** What the server refused that no field shows. */
  generalError?: string;
  /** The elements where Enter does something else than save (a text area's new line). */
  keepsEnter?: (target: HTMLElement) => boolean;
  children: ReactNode;
}>;

/** The form dialog of a `useDraftForm` draft: its fields in one column, Enter saves, the server's other refusal below. */
export function DraftFormDialog({
  opened,
  title,
  saveId,
  saving,
  submit,
  onClose,
  generalError,
  keepsEnter,
  children,
}: Props) {
  return (
    <FormDialog
      opened={opened}
      title={title}
      saveId={saveId}
      saving={saving}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <form
        className="entity-form"
        onSubmit={(e) => void submit(e)}
        onKeyDown={saveOnEnter(() => void submit(), keepsEnter)}
        noValidate
      >
        {children}
        <FormError message={generalError} />
      </form>
    </FormDialog>
  );
}
