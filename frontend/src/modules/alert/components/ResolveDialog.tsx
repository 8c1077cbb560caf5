import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { argumentLimits } from '../../../generated/input-limits';

type Props = Readonly<{
  /** What is resolved (a cell's name, or how many alerts); null keeps the dialog closed. */
  subject: string | null;
  saving: boolean;
  error?: string;
  onResolve: (comment: string) => void;
  onClose: () => void;
}>;

/** Asks what was done about the alert(s); the comment is required. */
export function ResolveDialog({ subject, saving, error, onResolve, onClose }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const blank = comment.trim() === '';
  const submit = () => {
    setTouched(true);
    if (!blank) onResolve(comment.trim());
  };
  return (
    <Dialog
      opened={subject !== null}
      headerTitle={t('alerts.resolveTitle')}
      onOpenedChanged={(e) => {
        if (!e.detail.value) {
          setComment('');
          setTouched(false);
          onClose();
        }
      }}
      footer={
        <>
          <Button onClick={onClose}>{t('alerts.cancel')}</Button>
          <Button id="alert-resolve-save" theme="primary" disabled={saving} onClick={submit}>
            {t('alerts.resolve')}
          </Button>
        </>
      }
    >
      {subject !== null && (
        <div className="resolve-dialog">
          <p className="muted">{subject}</p>
          <TextArea
            id="alert-resolve-comment"
            label={t('alerts.comment')}
            helperText={t('alerts.commentHelp')}
            value={comment}
            required
            autofocus
            maxlength={argumentLimits.resolveAlert.comment.maxLength}
            invalid={touched && blank}
            errorMessage={touched && blank ? t('alerts.commentRequired') : undefined}
            style={{ width: 'min(28rem, 80vw)' }}
            onValueChanged={(e) => setComment(e.detail.value)}
          />
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}
