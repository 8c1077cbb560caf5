import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h2>{t('nav.notFound')}</h2>
      <p>{t('errors.notFoundText')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </section>
  );
}
