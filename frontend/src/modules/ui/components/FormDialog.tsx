import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  opened: boolean;
  title: string;
  /** The Save button's id, which the browser tests click. */
  saveId: string;
  saving: boolean;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}>;

/** A dialog that edits one record, with Cancel and Save in its footer; closing it any way cancels. */
export function FormDialog({ opened, title, saveId, saving, onSave, onClose, children }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={opened}
      headerTitle={title}
      onOpenedChanged={(e) => {
        if (!e.detail.value) onClose();
      }}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button id={saveId} theme="primary" disabled={saving} onClick={onSave}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
