import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useTranslation } from 'react-i18next';

export function LoadingState({ label, fullPage = false }: { label?: string; fullPage?: boolean }) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <div className={fullPage ? 'state state--full' : 'state'} role="status" aria-live="polite">
      <span>{text}</span>
      <ProgressBar indeterminate aria-label={text} style={{ maxWidth: '20rem' }} />
    </div>
  );
}
