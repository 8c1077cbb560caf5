import { useTranslation } from 'react-i18next';
import type { Urgency } from '../types/Alert';
import '../alerts.css';

export function UrgencyChip({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return <span className={`urgency-chip urgency-chip--${urgency}`}>{t(`alerts.urgency.${urgency}`)}</span>;
}
