import { ConfirmDialog } from '@vaadin/react-components/ConfirmDialog.js';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  opened: boolean;
  title: string;
  text: string;
  onConfirm: () => void;
  onClose: () => void;
}>;

/** Asks before deleting; Escape or Cancel keeps the row. */
export function DeleteConfirmDialog({ opened, title, text, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      id="delete-confirm"
      opened={opened}
      header={title}
      cancelButtonVisible
      cancelText={t('common.cancel')}
      confirmText={t('segments.delete')}
      confirmTheme="error primary"
      onConfirm={onConfirm}
      onCancel={onClose}
      onReject={onClose}
      onOpenedChanged={(e) => {
        if (!e.detail.value) onClose();
      }}
    >
      <p id="delete-confirm-text" className="confirm-text">{text}</p>
    </ConfirmDialog>
  );
}
