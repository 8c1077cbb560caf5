import { ConfirmDialog } from '@vaadin/react-components/ConfirmDialog.js';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  /** The dialog's id; its text gets `<id>-text`. */
  id?: string;
  opened: boolean;
  title: string;
  text: string;
  /** The confirm button's text; "Delete" unless given. */
  confirmText?: string;
  onConfirm: () => void;
  onClose: () => void;
}>;

/** Asks before deleting; Escape or Cancel keeps the row. */
export function DeleteConfirmDialog({ id, opened, title, text, confirmText, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      id={id}
      opened={opened}
      header={title}
      cancelButtonVisible
      cancelText={t('common.cancel')}
      confirmText={confirmText ?? t('common.delete')}
      confirmTheme="error primary"
      onConfirm={onConfirm}
      onCancel={onClose}
      onReject={onClose}
      onOpenedChanged={(e) => {
        if (!e.detail.value) onClose();
      }}
    >
      <p id={id && `${id}-text`} className="confirm-text">
        {text}
      </p>
    </ConfirmDialog>
  );
}
