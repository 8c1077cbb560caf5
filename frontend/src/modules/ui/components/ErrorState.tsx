import { Button } from '@vaadin/react-components/Button.js';
import { useTranslation } from 'react-i18next';
import { generalErrorMessage, type ErrorSource } from '../../api/graphqlErrors';

type Props = Readonly<{
  /** A GraphQL/network error, or an already translated message. */
  error?: ErrorSource;
  message?: string;
  onRetry?: () => void;
  retryLabel?: string;
  fullPage?: boolean;
}>;

export function ErrorState({ error, message, onRetry, retryLabel, fullPage = false }: Props) {
  const { t } = useTranslation();
  const text = message ?? generalErrorMessage(error, t) ?? t('errors.unknown', { message: '' });
  return (
    <div className={fullPage ? 'state state--full' : 'state'} role="alert">
      <p className="state__message">{text}</p>
      {onRetry && (
        <Button theme="primary" onClick={onRetry}>
          {retryLabel ?? t('common.retry')}
        </Button>
      )}
    </div>
  );
}
