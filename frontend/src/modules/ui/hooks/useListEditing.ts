import { useCallback, useState } from 'react';

/** Which record a list page's form dialog shows: none, a new one, or one being edited. */
export type Editing<T> = { kind: 'closed' } | { kind: 'create' } | { kind: 'edit'; item: T };

/**
 * The state every list page with a form dialog and a delete confirmation keeps: the dialog's record and the record
 * waiting for the user to confirm its deletion.
 */
export function useListEditing<T>() {
  const [editing, setEditing] = useState<Editing<T>>({ kind: 'closed' });
  const [deleting, setDeleting] = useState<T | null>(null);
  return {
    /** The record the dialog edits, or null when it creates one (or is closed). */
    edited: editing.kind === 'edit' ? editing.item : null,
    dialogOpened: editing.kind !== 'closed',
    create: useCallback(() => setEditing({ kind: 'create' }), []),
    edit: useCallback((item: T) => setEditing({ kind: 'edit', item }), []),
    closeDialog: useCallback(() => setEditing({ kind: 'closed' }), []),
    deleting,
    askDelete: setDeleting,
    cancelDelete: useCallback(() => setDeleting(null), []),
  };
}
