import { useTranslation } from 'react-i18next';
import type { CompanyStatus } from '../types/Company';
import '../companies.css';

/** A company's status as a badge in the status's colour. */
export function CompanyStatusBadge({ status }: Readonly<{ status: CompanyStatus }>) {
  const { t } = useTranslation();
  return <span className={`badge company-status--${status.toLowerCase()}`}>{t(`companies.status.${status}`)}</span>;
}
