import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage, type ErrorSource } from '../../api/graphqlErrors';
import type { Notice } from '../components/PageNotice';
import { useIsNarrowerThan } from './useIsNarrowerThan';
import { useListEditing } from './useListEditing';

type Named = Readonly<{ id: string; name: string }>;

type Options<T extends Named> = Readonly<{
  /** The page's translations: `<words>.saved`, `<words>.deleted` and `<words>.deleteRefused` ({name}, {reason}). */
  words: string;
  /** Below this page width the rows fold: fewer columns, and the actions in one "⋯" menu. */
  narrowBelow: number;
  /** Deletes the row. A refusal the server names on the "id" argument (rows still using it) is shown as such. */
  remove: (row: T) => Promise<Readonly<{ error?: ErrorSource }>>;
}>;

/**
 * What every list page of named rows keeps: the form dialog's and the delete confirmation's row, the last action's
 * notice (saved, deleted, or why not), whether the page is narrow, and the confirmed delete.
 */
export function useRowsPage<T extends Named>({ words, narrowBelow, remove }: Options<T>) {
  const { t } = useTranslation();
  const editor = useListEditing<T>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [narrow, pageRef] = useIsNarrowerThan<HTMLElement>(narrowBelow);

  const confirmDelete = async () => {
    const row = editor.deleting;
    editor.cancelDelete();
    if (!row) return;
    const { error } = await remove(row);
    if (!error) {
      setNotice({ kind: 'ok', text: t(`${words}.deleted`, { name: row.name }) });
      return;
    }
    const refused = fieldErrors(error, t).id;
    setNotice({
      kind: 'error',
      text: refused
        ? t(`${words}.deleteRefused`, { name: row.name, reason: refused })
        : (generalErrorMessage(error, t) ?? ''),
    });
  };

  return {
    editor,
    notice,
    narrow,
    pageRef,
    /** A row's Edit or Delete, from its buttons or its "⋯" menu. */
    onRowAction: (action: 'edit' | 'delete', row: T) => {
      setNotice(null);
      if (action === 'edit') editor.edit(row);
      else editor.askDelete(row);
    },
    /** After the form dialog saved the row. */
    onSaved: (row: T) => {
      editor.closeDialog();
      setNotice({ kind: 'ok', text: t(`${words}.saved`, { name: row.name }) });
    },
    /** The delete confirmation's props: `<words>.deleteTitle` and `<words>.deleteText` ({name}). */
    deleteDialog: {
      opened: editor.deleting !== null,
      title: t(`${words}.deleteTitle`),
      text: t(`${words}.deleteText`, { name: editor.deleting?.name ?? '' }),
      onConfirm: () => void confirmDelete(),
      onClose: editor.cancelDelete,
    },
  };
}
