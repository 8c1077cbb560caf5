import { Button, type ButtonElement } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  /** The dialog's id; its text gets `<id>-text` and its confirm button `<id>-confirm`. */
  id: string;
  opened: boolean;
  title: string;
  text: string;
  confirmText: string;
  onConfirm: () => void;
  onClose: () => void;
}>;

/**
 * Asks before an action that cannot be undone. Unlike Vaadin's ConfirmDialog, which focuses its confirm button, Cancel
 * has the focus: Enter or Space pressed out of habit keeps things as they are. Escape cancels too.
 */
export function CarefulConfirmDialog({ id, opened, title, text, confirmText, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const cancel = useRef<ButtonElement>(null);
  useEffect(() => {
    if (!opened) return;
    // Once its opening has finished, Vaadin's dialog focuses its first focusable part (the dialog itself, not the
    // autofocus button) and then announces 'vaadin-overlay-open' on the body: Cancel takes the focus after that.
    const focusCancel = () => cancel.current?.focus();
    document.body.addEventListener('vaadin-overlay-open', focusCancel);
    return () => document.body.removeEventListener('vaadin-overlay-open', focusCancel);
  }, [opened]);
  return (
    <Dialog
      id={id}
      opened={opened}
      headerTitle={title}
      aria-describedby={`${id}-text`}
      onOpenedChanged={(e) => {
        if (!e.detail.value) onClose();
      }}
      footer={
        <>
          <Button id={`${id}-cancel`} ref={cancel} onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button id={`${id}-confirm`} theme="primary error" onClick={onConfirm}>
            {confirmText}
          </Button>
        </>
      }
    >
      <p id={`${id}-text`} className="confirm-text">
        {text}
      </p>
    </Dialog>
  );
}
